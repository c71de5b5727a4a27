package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChildElementsTest {
  private static Element div(String inner) {
    return Jsoup.parse("<div>" + inner + "</div>").selectFirst("div");
  }

  @Test
  void countsChildElementsNotTextOrGrandchildren() {
    Element none = div("just text");
    Element one = div("text <p>a <b>b</b> <i>c</i></p> more");
    Element three = div("<p>a</p>x<p>b</p><span>c</span>");
    assertThat(ChildElements.any(none)).isFalse();
    assertThat(ChildElements.one(none)).isFalse();
    assertThat(ChildElements.any(one)).isTrue();
    assertThat(ChildElements.one(one)).isTrue();
    assertThat(ChildElements.one(three)).isFalse();
    assertThat(ChildElements.fewerThan(three, 3)).isFalse();
    assertThat(ChildElements.fewerThan(three, 4)).isTrue();
    assertThat(ChildElements.fewerThan(none, 1)).isTrue();
  }
}
