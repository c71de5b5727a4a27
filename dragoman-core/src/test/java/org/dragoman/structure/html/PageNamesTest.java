package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageNamesTest {
  private final Document doc =
      Jsoup.parse(
          "<div id=a class='post-byline'>x</div><div id=b class='entry-date published'>y</div>"
              + "<div id=c class='Post-Byline'>z</div><div id=d class='comment-author'>w</div>"
              + "<div id=e class='updated-date'>v</div><div id=f>u</div>");

  @Test
  void theClassAttributeAsAWholeNamesBylinesAndDatesOncePerAttribute() {
    PageNames names = new PageNames();
    assertThat(names.bylineClass(doc.getElementById("a"))).isTrue();
    assertThat(names.bylineClass(doc.getElementById("c"))).isTrue();
    assertThat(names.bylineClass(doc.getElementById("d"))).isFalse();
    assertThat(names.datedClass(doc.getElementById("b"))).isTrue();
    assertThat(names.datedClass(doc.getElementById("e"))).isFalse();
    assertThat(names.bylineClass(doc.getElementById("f"))).isFalse();
    assertThat(names.datedClass(doc.getElementById("f"))).isFalse();
  }

  @Test
  void theBitsAgreeWithBylineNames() {
    PageNames names = new PageNames();
    for (String id : new String[] {"a", "b", "c", "d", "e"}) {
      String cls = doc.getElementById(id).className();
      assertThat(names.bylineClass(doc.getElementById(id))).isEqualTo(BylineNames.byline(cls));
      assertThat(names.datedClass(doc.getElementById(id))).isEqualTo(BylineNames.dated(cls));
    }
  }

  @Test
  void oneLookUpAnswersForAuthorsBylinesAndDates() {
    PageNames names = new PageNames();
    assertThat(names.authorOrBylineClass(doc.getElementById("a"))).isTrue();
    assertThat(names.dateOrDatedClass(doc.getElementById("b"))).isTrue();
    assertThat(names.authorOrBylineClass(doc.getElementById("b"))).isFalse();
    assertThat(names.authorOrDateClass(doc.getElementById("b"))).isTrue();
    assertThat(names.authorOrDateClass(doc.getElementById("f"))).isFalse();
    assertThat(names.authorOrBylineClass(doc.getElementById("f"))).isFalse();
    assertThat(names.dateOrDatedClass(doc.getElementById("f"))).isFalse();
  }

  @Test
  void namesSayHowMuchACandidateInsideCounts() {
    Document boxes =
        Jsoup.parse(
            "<div id=o class='Modal reviews'>a</div><div id=r class='review-list col-md-3'>b</div>"
                + "<div id=n class='COL-MD-3'>c</div><div id=p role=dialog>d</div>"
                + "<div id=w class='col-md-9 post'>e</div><div id=x>f</div>");
    PageNames names = new PageNames();
    assertThat(names.placementShare(boxes.getElementById("o"))).isEqualTo(0.1);
    assertThat(names.placementShare(boxes.getElementById("r"))).isEqualTo(0.3);
    assertThat(names.placementShare(boxes.getElementById("n"))).isEqualTo(0.6);
    assertThat(names.placementShare(boxes.getElementById("p"))).isEqualTo(0.1);
    assertThat(names.placementShare(boxes.getElementById("w"))).isEqualTo(1.0);
    assertThat(names.placementShare(boxes.getElementById("x"))).isEqualTo(1.0);
  }
}
