package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The metadata rules on small original pages (src/test/resources/structure/metadata). */
class MetadataExtractorTest {
  private static HtmlMetadata read(String name, String url) throws IOException {
    try (InputStream in =
        MetadataExtractorTest.class.getResourceAsStream("/structure/metadata/" + name)) {
      Document doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
      return new MetadataExtractor().extract(doc, url, new PageNames());
    }
  }

  @Test
  void blogPostTitleIsThePostHeadingNotTheBlogName() throws IOException {
    HtmlMetadata m = read("blog-post.html", "https://ahornfeld.example/2021/03/baenke/");
    assertThat(m.title()).isEqualTo("Warum der Stadtpark Bänke braucht");
    assertThat(m.site()).isEqualTo("Notizen aus Ahornfeld");
  }

  @Test
  void anAdminMetaAuthorFallsThroughToTheBylineEvenOnAPageWithASidebar() throws IOException {
    HtmlMetadata m = read("blog-post.html", "https://ahornfeld.example/2021/03/baenke/");
    assertThat(m.authors()).containsExactly("Lene Gruber");
  }

  @Test
  void aUtcTimeOneDayOffTheShownGermanDateTakesTheShownDate() throws IOException {
    HtmlMetadata m = read("blog-post.html", "https://ahornfeld.example/2021/03/baenke/");
    assertThat(m.published()).isEqualTo("2021-03-03");
    assertThat(m.publishedEvidence()).contains("article:published_time").contains("shows");
  }

  @Test
  void jsonLdGivesHeadlineAuthorsAndTheLocalPublicationDate() throws IOException {
    HtmlMetadata m = read("news-article.html", "https://ledger.example/news/2020/ferry");
    assertThat(m.title()).isEqualTo("Harbour ferry returns after repairs");
    assertThat(m.authors()).containsExactly("Mara Quist", "Ivo Brandt");
    assertThat(m.published()).isEqualTo("2020-06-04T08:15");
    assertThat(m.publishedEvidence()).isEqualTo("JSON-LD datePublished");
  }

  @Test
  void aPlainPageGivesItsHeadingAByliineLineAndADateInItsText() throws IOException {
    HtmlMetadata m = read("plain-page.html", "https://ruderclub-weidenau.example/news/12");
    assertThat(m.title()).isEqualTo("Saisonauftakt am Weiher");
    assertThat(m.authors()).containsExactly("Jonas Feldmann");
    assertThat(m.published()).isEqualTo("2021-04-12");
    assertThat(m.publishedEvidence()).isEqualTo("page text labelled \"veröffentlicht am\"");
  }

  @Test
  void aDateInTheUrlIsTheLastResort() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>Note</title></head><body><p>Short note.</p></body></html>",
            "https://x.example/2019/07/14/note");
    HtmlMetadata m =
        new MetadataExtractor().extract(doc, "https://x.example/2019/07/14/note", new PageNames());
    assertThat(m.published()).isEqualTo("2019-07-14");
    assertThat(m.publishedEvidence()).isEqualTo("URL");
  }

  @Test
  void aPublishedDateBeatsAModifiedOneAndTheUrl() {
    String html =
        "<html><head><meta property=\"article:modified_time\" content=\"2020-05-01T10:00:00+02:00\">"
            + "<meta property=\"article:published_time\" content=\"2020-04-20T09:00:00+02:00\">"
            + "</head><body><article><h1>T</h1><p>Text.</p></article></body></html>";
    String url = "https://x.example/2020/01/01/t";
    HtmlMetadata m = new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
    assertThat(m.published()).isEqualTo("2020-04-20T09:00");
  }
}
