package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Declared publication dates checked against the date shown beside the headline. */
class DeclaredDatesTest {
  private static HtmlMetadata parse(String head, String body) {
    String url = "https://example.org/nachrichten/artikel";
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  private static final String ARTICLE =
      "<article><h1>Wochenmarkt zieht auf den Kirchplatz</h1>"
          + "<div class=\"info\"><span class=\"datum\">05.02.2020</span></div>"
          + "<p>Ab März stehen die Stände wieder unter den Linden.</p></article>";

  @Test
  void aGenericMetaDateYieldsToTheDateShownBesideTheHeadline() {
    HtmlMetadata m = parse("<meta name=\"date\" content=\"2020-02-12\">", ARTICLE);
    assertThat(m.published()).isEqualTo("2020-02-05");
    assertThat(m.publishedEvidence())
        .isEqualTo("the date the page shows beside the headline (meta date says 2020-02-12)");
  }

  @Test
  void aGenericMetaDateStandsWhenThePageShowsNoDate() {
    HtmlMetadata m =
        parse(
            "<meta name=\"date\" content=\"2020-02-12\">",
            "<article><h1>Wochenmarkt zieht um</h1><p>Ab März unter den Linden.</p></article>");
    assertThat(m.published()).isEqualTo("2020-02-12");
    assertThat(m.publishedEvidence()).isEqualTo("meta date");
  }

  @Test
  void aPublicationMetaTagStandsAgainstTheShownDate() {
    HtmlMetadata m =
        parse("<meta property=\"article:published_time\" content=\"2020-02-12T08:00\">", ARTICLE);
    assertThat(m.published()).isEqualTo("2020-02-12T08:00");
  }

  @Test
  void theDeclaredDateThePageShowsWinsOverAnotherDeclaredOne() {
    HtmlMetadata m =
        parse(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-02-01T10:00:00+01:00\"}</script>"
                + "<meta property=\"article:published_time\" content=\"2020-02-05T09:30:00+01:00\">",
            ARTICLE);
    assertThat(m.published()).isEqualTo("2020-02-05T09:30");
    assertThat(m.publishedEvidence())
        .isEqualTo(
            "meta article:published_time, the date the page shows"
                + " (JSON-LD datePublished says 2020-02-01)");
  }

  @Test
  void anAsideInsideTheArticleShowsTheArticlesOwnDate() {
    HtmlMetadata m =
        parse(
            "<meta name=\"date\" content=\"2022-01-26T14:32:06+02:00\">",
            "<article><header><h1>Neue Hütte am Grat eröffnet</h1></header>"
                + "<aside class=\"meta\"><time datetime=\"2022-01-21\">21.01.2022</time></aside>"
                + "<p>Die Sektion hat zwei Sommer lang gebaut.</p></article>");
    assertThat(m.published()).isEqualTo("2022-01-21");
  }
}
