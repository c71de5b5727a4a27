package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/** A first letter set apart as a drop cap joins its paragraph again; other short blocks stay. */
class DropCapsTest {
  @Test
  void aDropCapInAnElementOfItsOwnJoinsItsParagraph() {
    assertThat(body("drop-cap-apart.html"))
        .startsWith("The ferry between Alder Bank and Millford will run every forty minutes")
        .contains("citing a shortage of crew.\n\nThe last crossing");
  }

  @Test
  void aShortBlockBeforeAParagraphInCapitalsOrANumberStays() {
    BodyText body = BodyFixtures.paragraphs(BodyText.EMPTY, "A", "Second point.", "2", "cups");
    assertThat(DropCaps.join(body).text()).isEqualTo("A\n\nSecond point.\n\n2\n\ncups");
  }
}
