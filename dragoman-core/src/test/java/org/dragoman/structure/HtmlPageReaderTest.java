package org.dragoman.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Comment;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Link;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTest extends PageReaderContractTest {
  private static final String URL = "https://coast.example.net/2021/03/12/ferry-timetables/";
  private static final String FIXTURE = fixture("/structure/harbour-blog.html");
  private final HtmlPageReader reader = new HtmlPageReader();

  @Override
  protected PageReader reader() {
    return reader;
  }

  @Override
  protected RawDocument page() {
    return html(FIXTURE, new GivenMetadata(null, URL, null, List.of(), null, null));
  }

  @Override
  protected RawDocument pageWithGivenMetadata() {
    return html(
        FIXTURE,
        new GivenMetadata(null, URL, "Given Title", List.of("Given Author"), "2022-01-02", null));
  }

  @Test
  void jsonLdWinsOverOpenGraphAndMetaTags() {
    Page page = reader.read(page());
    assertThat(page.title()).isEqualTo("Ferry timetables return to the old harbour");
    assertThat(page.authors()).containsExactly("Mira Castell");
    assertThat(page.site()).isEqualTo("Coastline Notes");
    assertThat(page.published()).isEqualTo("2021-03-12T08:15");
    assertThat(page.publishedEvidence()).isEqualTo("JSON-LD datePublished");
  }

  @Test
  void givenDateWinsAndSaysSo() {
    Page page = reader.read(pageWithGivenMetadata());
    assertThat(page.published()).isEqualTo("2022-01-02");
    assertThat(page.publishedEvidence()).isEqualTo("given metadata");
  }

  @Test
  void withoutJsonLdTheOpenGraphAndMetaTagsCount() {
    String noLd = FIXTURE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
    Page page = reader.read(html(noLd, GivenMetadata.NONE));
    assertThat(page.title()).isEqualTo("Ferry timetables return to the old harbour");
    assertThat(page.authors()).containsExactly("Meta Author");
    assertThat(page.published()).isEqualTo("2021-03-14T09:30");
    assertThat(page.publishedEvidence()).isEqualTo("meta article:published_time");
  }

  @Test
  void titleTagLosesItsSiteSuffixWhenNothingBetterIsThere() {
    String bare =
        "<html><head><title>Storm season review | Coastline Notes</title>"
            + "<meta property=\"og:site_name\" content=\"Coastline Notes\"></head>"
            + "<body><p>Body.</p></body></html>";
    Page page = reader.read(html(bare, GivenMetadata.NONE));
    assertThat(page.title()).isEqualTo("Storm season review");
  }

  @Test
  void readerCommentsAreReadWithAuthorTimeAndText() {
    Page page = reader.read(page());
    assertThat(page.comments())
        .containsExactly(
            new Comment(
                "Tomas Reed",
                "2021-03-12T10:02",
                "Finally! The detour over the bridge added an hour to every trip to the market."),
            new Comment(
                "Ana Li",
                "2021-03-13T18:40",
                "Does anyone know whether dogs are allowed on the early crossing?"));
    assertThat(page.text()).doesNotContain("Tomas Reed").doesNotContain("dogs are allowed");
  }

  @Test
  void boilerplateStaysOutOfTheBody() {
    String text = reader.read(page()).text();
    assertThat(text)
        .startsWith("After two winters")
        .contains("six crossings a day", "What changes for passengers", "fares for bicycles")
        .doesNotContain("Share on Social")
        .doesNotContain("cookies")
        .doesNotContain("About us")
        .doesNotContain("Related posts")
        .doesNotContain("Storm season review")
        .doesNotContain("has lived on the island")
        .doesNotContain("Photo credit")
        .doesNotContain("February 2021")
        .doesNotContain("All rights reserved")
        .doesNotContain("tracking")
        .doesNotContain("Post comment");
  }

  @Test
  void blocksKnowHeadingsQuotesAndListItems() {
    Page page = reader.read(page());
    String text = page.text();
    assertThat(kindOf(page, "What changes for passengers")).isEqualTo(BlockKind.HEADING);
    assertThat(kindOf(page, "We rebuilt the landing stage")).isEqualTo(BlockKind.BLOCKQUOTE);
    assertThat(kindOf(page, "First departure")).isEqualTo(BlockKind.LIST_ITEM);
    assertThat(kindOf(page, "After two winters")).isEqualTo(BlockKind.PARAGRAPH);
    assertThat(text).contains("six crossings a day.\n\nThe harbour master");
  }

  @Test
  void linksAreSpansWithAbsoluteUrls() {
    Page page = reader.read(page());
    assertThat(page.links())
        .extracting(l -> l.url())
        .containsExactly(
            "https://coast.example.net/docs/timetable.pdf", "https://ferry.example.org/notice");
    for (Link l : page.links()) {
      String anchor = page.text().substring(l.start(), l.end());
      assertThat(anchor).isIn("spring timetable", "its own website");
    }
  }

  @Test
  void contentFoundByDensityWhenNoMarkupNamesIt() {
    StringBuilder html = new StringBuilder("<html><body><div id=a>");
    for (int i = 0; i < 12; i++) {
      html.append("<div><a href=/x")
          .append(i)
          .append(">Link number ")
          .append(i)
          .append("</a></div>");
    }
    html.append("</div><div id=b>");
    for (int i = 0; i < 5; i++) {
      html.append("<p>This is sentence ")
          .append(i)
          .append(" of a long story, with commas, clauses and enough words to read as prose.</p>");
    }
    html.append("</div></body></html>");
    Page page = reader.read(html(html.toString(), GivenMetadata.NONE));
    assertThat(page.text()).startsWith("This is sentence 0").doesNotContain("Link number");
    assertThat(page.blocks()).hasSize(5);
  }

  @Test
  void brokenHtmlIsReadNotRejected() {
    Page page = reader.read(html("<p>Unclosed <b>bold <div>and a stray</p></td> end", null));
    assertThat(page.text()).contains("Unclosed bold").contains("end");
  }

  @Test
  void absurdlyDeepNestingIsReadFlatNotACrash() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div><span>".repeat(20_000)).append("<p>Deep text here.</p>");
    Page page = reader.read(html(html.toString(), GivenMetadata.NONE));
    assertThat(page.text()).isEqualTo("Deep text here.");
  }

  private static BlockKind kindOf(Page page, String start) {
    for (Block b : page.blocks()) {
      if (page.text().startsWith(start, b.start())) {
        return b.kind();
      }
    }
    throw new AssertionError("no block starts with " + start);
  }

  private static RawDocument html(String content, GivenMetadata given) {
    return new RawDocument(Origin.ofPath("harbour-blog.html"), Format.HTML, content, given);
  }

  private static String fixture(String path) {
    try (InputStream in = HtmlPageReaderTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
