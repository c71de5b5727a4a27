package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** When a UTC publication time is moved to the day the page shows, on small original pages. */
class TimeZoneShiftTest {
  private static HtmlMetadata parse(String head, String body, String url) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  private static String published(String iso) {
    return "<meta property=\"article:published_time\" content=\"" + iso + "\">";
  }

  @Test
  void todaysDateInTheMastheadDoesNotMoveTheArticle() {
    HtmlMetadata m =
        parse(
            published("2023-04-11T15:20:00+00:00"),
            "<header><div class=\"header-date\">12. April 2023</div></header>"
                + "<article><h1>Neuer Radweg am Kanal</h1>"
                + "<p>Die Stadt hat den Radweg zwischen den beiden Brücken eröffnet.</p>"
                + "</article>",
            "https://example.org/radweg");
    assertThat(m.published()).isEqualTo("2023-04-11T15:20");
    assertThat(m.publishedEvidence()).isEqualTo("meta article:published_time");
  }

  @Test
  void noPlaceWhereNewsIsWrittenIsElevenHoursAheadAtNoon() {
    HtmlMetadata m =
        parse(
            published("2020-06-18T12:40:00+00:00"),
            "<article><h1>Le marché couvert rouvre</h1>"
                + "<span class=\"post-date\">19 juin 2020</span>"
                + "<p>Les commerçants retrouvent leurs étals après trois mois.</p></article>",
            "https://example.org/marche");
    assertThat(m.published()).isEqualTo("2020-06-18T12:40");
  }

  @Test
  void anEveningUtcTimeMovesToTheNextDayShownBesideTheHeadline() {
    HtmlMetadata m =
        parse(
            published("2021-09-07T21:15:00Z"),
            "<article><div class=\"head\"><h1>Harbour ferry timetable changes</h1>"
                + "<h6><span>8/9/2021 07:15</span></h6></div>"
                + "<p>The morning ferry leaves ten minutes earlier from Monday.</p></article>",
            "https://example.org/ferry");
    assertThat(m.published()).isEqualTo("2021-09-08");
    assertThat(m.publishedEvidence()).contains("shifted to the date the page shows");
  }

  @Test
  void aUtcTimeJustBeforeMidnightTakesTheDayInTheUrl() {
    HtmlMetadata m =
        parse(
            published("2019-01-01T23:40:00+00:00"),
            "<div><h1>Notizen</h1><p>Ein Jahr geht, eines kommt.</p></div>",
            "https://notizen.example/2019/01/02/jahreswechsel/");
    assertThat(m.published()).isEqualTo("2019-01-02");
    assertThat(m.publishedEvidence()).contains("in the URL");
  }

  @Test
  void itempropDatesKeepTheirDocumentOrder() {
    HtmlMetadata m =
        parse(
            "",
            "<article><h1>Kiebitz brütet wieder im Moor</h1>"
                + "<time itemprop=\"datePublished\" datetime=\"2022-03-14T10:00:00+01:00\">"
                + "14.03.2022</time><p>Nach Jahren ist ein Paar zurückgekehrt.</p></article>"
                + "<ul class=\"more\"><li><time itemprop=\"datePublished\""
                + " datetime=\"2022-03-10T09:00:00+01:00\">10.03.2022</time></li></ul>",
            "https://example.org/kiebitz");
    assertThat(m.published()).isEqualTo("2022-03-14T10:00");
  }

  @Test
  void theHourDecidesWhichDayAShiftCanReach() {
    assertThat(VisibleDate.shiftReaches("2022-05-03", "2022-05-04", "2022-05-03T20:51Z")).isTrue();
    assertThat(VisibleDate.shiftReaches("2022-05-03", "2022-05-04", "2022-05-03T09:51Z")).isFalse();
    assertThat(VisibleDate.shiftReaches("2022-05-04", "2022-05-03", "2022-05-04T02:10Z")).isTrue();
    assertThat(VisibleDate.shiftReaches("2022-05-04", "2022-05-03", "2022-05-04T14:10Z")).isFalse();
    assertThat(VisibleDate.shiftReaches("2022-05-04", "2022-05-06", "2022-05-04T23:10Z")).isFalse();
  }
}
