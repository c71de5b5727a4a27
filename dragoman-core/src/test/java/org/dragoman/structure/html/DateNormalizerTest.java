package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {
  @Test
  void readsGermanAndOtherWrittenDates() {
    assertThat(DateNormalizer.normalize("3. März 2021")).isEqualTo("2021-03-03");
    assertThat(DateNormalizer.normalize("Veröffentlicht am 12.04.2021, 08:30 Uhr"))
        .isEqualTo("2021-04-12T08:30");
    assertThat(DateNormalizer.normalize("15 августа 2016, 13:43")).isEqualTo("2016-08-15");
    assertThat(DateNormalizer.normalize("April 19, 2019")).isEqualTo("2019-04-19");
  }

  @Test
  void readsTwoDigitYearsAndNonBreakingSpaces() {
    assertThat(DateNormalizer.normalize("28.09.19")).isEqualTo("2019-09-28");
    assertThat(DateNormalizer.normalize("4.\u00a02.\u00a02022")).isEqualTo("2022-02-04");
  }

  @Test
  void readsSlashedDatesDayFirstUnlessTheMonthComesFirstPlainly() {
    assertThat(DateNormalizer.normalize("02/10/2020")).isEqualTo("2020-10-02");
    assertThat(DateNormalizer.normalize("10/25/2020")).isEqualTo("2020-10-25");
  }

  @Test
  void aUtcTimeIsToldFromALocalOne() {
    assertThat(VisibleDate.universalTime("2022-05-04T03:37:37+00:00")).isTrue();
    assertThat(VisibleDate.universalTime("2022-05-04T03:37:37Z")).isTrue();
    assertThat(VisibleDate.universalTime("2022-05-03T22:46:08-03:00")).isFalse();
    assertThat(VisibleDate.universalTime("2022-05-03")).isFalse();
  }

  @Test
  void urlDatesInYearFirstAndDayFirstPaths() {
    assertThat(DateNormalizer.fromUrl("https://example.org/2012/05/31/title/"))
        .isEqualTo("2012-05-31");
    assertThat(DateNormalizer.fromUrl("https://example.org/meldungen/29-10-2021"))
        .isEqualTo("2021-10-29");
    assertThat(DateNormalizer.fromUrl("https://example.org/news/10-25-2020-harbour-opens"))
        .isEqualTo("2020-10-25");
    assertThat(DateNormalizer.fromUrl("https://example.org/produkt/12-24-48")).isNull();
  }
}
