package org.dragoman.record.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.DateMention;
import org.dragoman.model.Link;
import org.dragoman.model.Page;
import org.dragoman.model.Publication;
import org.dragoman.record.RecordFixtures;
import org.dragoman.record.date.Dating;
import org.dragoman.record.date.NewsDateExtractor;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CitationExtractor} must do. An implementation's test extends this class and
 * supplies the extractor; the page is an invented news analysis with a parenthetical source list, a
 * cross-reference to its own publication, a medium named in the text, a report mention, a person's
 * "according to" and a hyperlink.
 */
public abstract class CitationExtractorContractTest {
  protected static final String BODY =
      "Foreign ministers met in Vienna on March 3. “We will keep talking,” said Anna Keller,"
          + " according to Reuters. According to Keller, the talks were useful (Interfax, March 3;"
          + " Radio Danube, March 4). The Vienna Courier’s report on the meeting was brief."
          + " Earlier rounds failed (see WNR, February 20). Read the full statement here.";

  protected abstract CitationExtractor extractor();

  protected static Page page() {
    int anchor = BODY.indexOf("the full statement");
    return RecordFixtures.page(
        BODY,
        "2010-03-05",
        new Publication("Weekly News Review", 4, 12),
        null,
        List.of(
            new Link(
                anchor,
                anchor + "the full statement".length(),
                "https://www.example.org/statement")),
        List.of());
  }

  protected List<Citation> extract(Page page) {
    AnnotatedText annotated = RecordFixtures.annotate(page.text());
    Dating dating = new NewsDateExtractor().extract(page, annotated);
    return extractor().extract(page, annotated, dating);
  }

  @Test
  void spansLieInsideTheTextAndMatchTheCitationText() {
    List<Citation> citations = extract(page());
    assertThat(citations).isNotEmpty();
    for (Citation c : citations) {
      assertThat(c.start()).isGreaterThanOrEqualTo(0);
      assertThat(c.end()).isGreaterThan(c.start()).isLessThanOrEqualTo(BODY.length());
      assertThat(BODY.substring(c.start(), c.end())).isEqualTo(c.text());
      assertThat(c.source()).isNotBlank();
      assertThat(c.kind()).isNotNull();
    }
  }

  @Test
  void idsAreNumberedInTextOrder() {
    List<Citation> citations = extract(page());
    for (int i = 0; i < citations.size(); i++) {
      assertThat(citations.get(i).id()).isEqualTo("c" + (i + 1));
      if (i > 0) {
        assertThat(citations.get(i).start()).isGreaterThanOrEqualTo(citations.get(i - 1).start());
      }
    }
  }

  @Test
  void extractionIsDeterministic() {
    assertThat(extract(page())).isEqualTo(extract(page()));
  }

  @Test
  void aPersonAfterAccordingToIsNotACitation() {
    int person = BODY.indexOf("According to Keller");
    for (Citation c : extract(page())) {
      assertThat(c.source()).doesNotContain("Keller");
      assertThat(c.start() < person + "According to Keller".length() && person < c.end())
          .as("citation %s overlaps the person's 'according to'", c)
          .isFalse();
    }
  }

  @Test
  void datesComeFromTheDatesInsideTheCitation() {
    Page page = page();
    AnnotatedText annotated = RecordFixtures.annotate(page.text());
    Dating dating = new NewsDateExtractor().extract(page, annotated);
    for (Citation c : extractor().extract(page, annotated, dating)) {
      if (c.date() != null) {
        assertThat(dating.dates())
            .as("a date mention inside %s", c)
            .anyMatch(
                (DateMention d) ->
                    d.start() >= c.start() && d.end() <= c.end() && d.value().equals(c.date()));
      }
    }
  }

  @Test
  void everyHyperlinkIsCitedWithItsUrl() {
    Page page = page();
    List<Citation> citations = extract(page);
    for (Link link : page.links()) {
      assertThat(citations)
          .anyMatch(
              c ->
                  link.url().equals(c.url()) && c.start() == link.start() && c.end() == link.end());
    }
  }

  @Test
  void theParentheticalSourcesAreFound() {
    assertThat(extract(page())).extracting(Citation::source).contains("Interfax", "Radio Danube");
  }

  @Test
  void anEmptyBodyHasNoCitations() {
    assertThat(extract(RecordFixtures.page("", "2010-03-05"))).isEmpty();
  }
}
