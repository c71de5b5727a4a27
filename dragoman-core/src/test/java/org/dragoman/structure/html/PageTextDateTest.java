package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Dates a page writes only in its text, on small original pages. */
class PageTextDateTest {
  private static HtmlMetadata parse(String html) {
    String url = "https://example.org/lokales/artikel";
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  @Test
  void theDateBesideTheHeadlineWinsOverACategoryHeadingBeforeIt() {
    HtmlMetadata m =
        parse(
            "<html><head><title>Neue Brücke über die Lahn freigegeben</title></head><body>"
                + "<div class=\"top\"><div class=\"cat\"><h1><a href=\"/c/lahn\">Lahntal</a></h1>"
                + "</div><div class=\"box\"><p>Wetter: 12 Grad</p></div></div>"
                + "<div class=\"row\"><div class=\"main\">"
                + "<h1 class=\"page-title\">Neue Brücke über die Lahn freigegeben</h1>"
                + "<div class=\"meta-wrapper\">Von: Greta Almsick <span>|</span>"
                + " <span>04.09.23</span></div>"
                + "<p>Nach zwei Jahren Bauzeit ist die Fußgängerbrücke wieder offen.</p>"
                + "</div></div></body></html>");
    assertThat(m.published()).isEqualTo("2023-09-04");
    assertThat(m.publishedEvidence()).isEqualTo("page text next to the headline");
  }

  @Test
  void aDatelineOpeningALongParagraphDatesThePage() {
    HtmlMetadata m =
        parse(
            "<html><body><div><h2>Aus dem Verein</h2><p>12.3.2021 - Bei der"
                + " Jahresversammlung im Bürgerhaus haben die Mitglieder einen neuen Vorstand"
                + " gewählt und den Haushalt für das kommende Jahr beschlossen; die Beiträge"
                + " bleiben gleich.</p></div></body></html>");
    assertThat(m.published()).isEqualTo("2021-03-12");
  }

  @Test
  void aLongParagraphWithADateInsideItIsNoDateline() {
    HtmlMetadata m =
        parse(
            "<html><body><div><p>Die Mitglieder haben bei der Versammlung einen neuen"
                + " Vorstand gewählt, der ab dem 12.3.2021 im Amt ist, und den Haushalt für das"
                + " kommende Jahr beschlossen; die Beiträge bleiben gleich.</p></div></body></html>");
    assertThat(m.published()).isNull();
  }
}
