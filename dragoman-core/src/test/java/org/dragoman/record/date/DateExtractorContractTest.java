package org.dragoman.record.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.DateMention;
import org.dragoman.model.Page;
import org.dragoman.record.RecordFixtures;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DateExtractor} must do. An implementation's test extends this class and
 * supplies the extractor; the body is an invented news report with dates in several forms.
 */
public abstract class DateExtractorContractTest {
  protected static final String BODY =
      "The accord signed on October 21, 2005 was revised on 3 March 2006. Talks resumed on May 12"
          + " (Interfax, May 12) and trade grew in 2004.";

  protected abstract DateExtractor extractor();

  protected Dating extract(String text, String published) {
    return extractor().extract(RecordFixtures.page(text, published), RecordFixtures.annotate(text));
  }

  @Test
  void spansMatchTheTextAndValuesAreCalendarDates() {
    Dating d = extract(BODY, "2006-05-14");
    assertThat(d.dates()).isNotEmpty();
    for (DateMention m : d.dates()) {
      assertThat(BODY.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.value()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
  }

  @Test
  void aFullPageDateIsKeptWithItsEvidence() {
    Dating d = extract(BODY, "2006-05-14");
    assertThat(d.published()).isEqualTo("2006-05-14");
    assertThat(d.publishedEvidence()).isEqualTo("byline");
  }

  @Test
  void anInferredDateSaysSo() {
    Dating d = extract(BODY, null);
    if (d.published() != null) {
      assertThat(d.publishedEvidence()).startsWith("inferred:");
    }
  }

  @Test
  void extractionIsDeterministic() {
    Page page = RecordFixtures.page(BODY, null);
    assertThat(extractor().extract(page, RecordFixtures.annotate(BODY)))
        .isEqualTo(extractor().extract(page, RecordFixtures.annotate(BODY)));
  }

  @Test
  void anEmptyBodyHasNoDates() {
    assertThat(extract("", "2006-05-14").dates()).isEmpty();
  }
}
