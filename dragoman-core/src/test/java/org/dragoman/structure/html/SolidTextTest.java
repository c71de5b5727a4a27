package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class SolidTextTest {

  @Test
  void countsNoWhiteSpaceNoMarksAndNoInvisibleCharacters() {
    String raw = " ---| •·* \u00a0\u00ad\u200b\u2003\n\tBy Ana Li  ";
    assertThat(SolidText.longerThan(raw, 7)).isFalse(); // "ByAnaLi": 7 solid characters
    assertThat(SolidText.longerThan(raw, 6)).isTrue();
  }

  @Test
  void aSurelyLongerTextIsLongerOnceNormalised() {
    String[] raws = {
      "a  b\n\n c",
      "– – – Von Ana Li, dpa",
      "x\u00ady\u200bz",
      "\u0001\u0002abc\u0003",
      "𝔘𝔫𝔦 code"
    };
    for (String raw : raws) {
      String shown = new TextNode(raw).text().strip();
      for (int limit = 0; limit < 12; limit++) {
        if (SolidText.longerThan(raw, limit)) {
          assertThat(shown.length()).as(raw + " over " + limit).isGreaterThan(limit);
        }
      }
    }
  }

  @Test
  void anElementIsLongerWhenItsTextNodesTogetherAre() {
    Element box =
        Jsoup.parse("<div><p>Nils   Pickert</p><ul><li>ist</li><li>Autor</li></ul>.</div>")
            .selectFirst("div");
    assertThat(box.text()).isEqualTo("Nils Pickert ist Autor .");
    assertThat(SolidText.longerThan(box, 20)).isFalse(); // 20 solid characters
    assertThat(SolidText.longerThan(box, 19)).isTrue();
    assertThat(SolidText.longerThan(box.selectFirst("ul"), 7)).isTrue();
    assertThat(SolidText.longerThan(box.selectFirst("ul"), 8)).isFalse();
  }
}
