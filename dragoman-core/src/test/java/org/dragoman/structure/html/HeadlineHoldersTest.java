package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadlineHoldersTest {
  private static final Document PAGE =
      Jsoup.parse(
          "<div id=top><div id=banner><h1>Tidal power</h1></div><div id=menu><p>Home</p></div>"
              + "<main id=main><p id=lead>Text</p></main></div><footer id=foot><p>Contact</p>"
              + "</footer>");

  @Test
  void holdsWhatAnElementSearchWouldFind() {
    HeadlineHolders holders = HeadlineHolders.under(PAGE.body());
    for (Element e : PAGE.getAllElements()) {
      assertThat(holders.holds(e))
          .as(e.tagName() + "#" + e.id())
          .isEqualTo(e.selectFirst("h1, article, main") != null);
    }
    assertThat(holders.holds(PAGE.getElementById("banner"))).isTrue();
    assertThat(holders.holds(PAGE.getElementById("main"))).isTrue();
    assertThat(holders.holds(PAGE.getElementById("menu"))).isFalse();
    assertThat(holders.holds(PAGE.getElementById("foot"))).isFalse();
  }
}
