package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/**
 * A named inline element inside a sentence stays with its paragraph; one that is all of it goes.
 */
class InlineLabelsTest {
  @Test
  void aDatelineInsideTheFirstParagraphStaysAndALoneShareLabelGoes() {
    String text = body("dateline-in-first-paragraph.html");
    assertThat(text)
        .startsWith("MILLFORD – The ferry operator on the Alder river")
        .contains("Workers at the mill had collected")
        .doesNotContain("Share this story");
  }
}
