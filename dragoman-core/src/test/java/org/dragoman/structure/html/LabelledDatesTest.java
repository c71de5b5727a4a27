package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Publication dates a page labels in its text, on small original pages. */
class LabelledDatesTest {
  private static HtmlMetadata parse(String body) {
    String url = "https://example.org/rezensionen/roman";
    String html = "<html><head><title>Roman</title></head><body>" + body + "</body></html>";
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  @Test
  void aLabelAndItsDateInOneLine() {
    HtmlMetadata m =
        parse(
            "<div><p>Ein Roman über drei Schwestern, die ein Gasthaus erben.</p></div>"
                + "<div class=\"rez_footer\"><p>Letzte Änderung: 30.10.2023 - 14:49<br>"
                + "Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>");
    assertThat(m.published()).isEqualTo("2023-11-01");
    assertThat(m.publishedEvidence()).isEqualTo("page text labelled \"erschienen am\"");
  }

  @Test
  void aLabelWithItsDateInTheNextElement() {
    HtmlMetadata m =
        parse(
            "<article><h2>La voix des absents</h2><ul><li><p>Durée</p><p>32 min</p></li>"
                + "<li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul>"
                + "<p>Un documentaire sonore sur les voix qu'on n'entend plus.</p></article>");
    assertThat(m.published()).isEqualTo("2019-05-23");
  }

  @Test
  void aLabelInsideAWordOrInReaderCommentsIsNoLabel() {
    // The date in the first line is still page text; the comment's labelled date is not taken.
    HtmlMetadata m =
        parse(
            "<div><p>Unveröffentlicht am Ende: 12.03.2021 bleibt offen.</p></div>"
                + "<div id=\"comments\"><p>Published on 4 June 2021</p></div>");
    assertThat(m.published()).isEqualTo("2021-03-12");
    assertThat(m.publishedEvidence()).isEqualTo("page text");
  }

  @Test
  void aLabelInCapitalsIsALabel() {
    HtmlMetadata m =
        parse(
            "<div><p>Ein Roman über drei Schwestern, die ein Gasthaus erben.</p></div>"
                + "<div><p>Seiten: 312</p><p>VERÖFFENTLICHT AM 7. März 2022</p></div>");
    assertThat(m.published()).isEqualTo("2022-03-07");
    assertThat(m.publishedEvidence()).isEqualTo("page text labelled \"veröffentlicht am\"");
  }

  @Test
  void aLineWithoutAnyLabelGivesNoLabelledDate() {
    HtmlMetadata m =
        parse(
            "<div><p>Ein Roman über drei Schwestern, die ein Gasthaus erben.</p>"
                + "<p>Lesungen: 61</p><p>Preis: 22 Euro</p></div>");
    assertThat(m.publishedEvidence()).isNull();
  }
}
