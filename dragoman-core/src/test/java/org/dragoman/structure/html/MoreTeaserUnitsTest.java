package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/** Teasers closed by repeated "READ THE REST" lines after a post go; the post stays. */
class MoreTeaserUnitsTest {
  @Test
  void teasersClosedByReadTheRestLinesGoAfterThePost() {
    assertThat(body("read-the-rest-teasers.html"))
        .startsWith("Every Friday evening a few dozen strangers meet on the last ferry")
        .endsWith("and that is how she likes it.")
        .doesNotContain("READ THE REST")
        .doesNotContain("lighthouse keeper")
        .doesNotContain("harbour bakery")
        .doesNotContain("Learn to sail");
  }

  @Test
  void aBodyThatOpensWithATeaserIsAListOfPostsAndStays() {
    BodyText list =
        BodyFixtures.paragraphs(
            BodyText.EMPTY,
            "First post's summary.",
            "Read more",
            "Second post's summary.",
            "Read more");
    assertThat(MoreTeaserUnits.drop(list)).isEqualTo(list);
  }
}
