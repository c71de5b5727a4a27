package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/** A summary that retells the opening with the same words is left out; a real standfirst stays. */
class LeadEchoTest {
  @Test
  void aSummaryRetoldByTheFirstParagraphIsNotAddedToTheBody() {
    String text = body("lead-retold-by-first-paragraph.html");
    assertThat(text)
        .startsWith("Harbour customs officers found on Sunday forty parrots")
        .contains("Two men were held for questioning")
        .doesNotContain("Customs officers found forty parrots hidden");
  }

  @Test
  void aLeadWithWordsOfItsOwnIsNoEcho() {
    String opening =
        "Harbour customs officers found on Sunday forty parrots hidden inside a fishing boat.";
    assertThat(
            LeadEcho.echoes(
                "Customs officers found forty parrots hidden inside a fishing boat.", opening))
        .isTrue();
    assertThat(
            LeadEcho.echoes(
                "The smuggling of rare birds through small harbours has doubled in five years,"
                    + " officials warn.",
                opening))
        .isFalse();
    assertThat(LeadEcho.echoes("Forty parrots found.", opening)).isFalse();
  }
}
