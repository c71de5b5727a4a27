package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/**
 * A picture's box with its caption and credit goes; a box without a credit and a paragraph with a
 * picture in it stay.
 */
class PictureBoxesTest {
  @Test
  void aCaptionBoxWithACreditGoesAndTextBesidePicturesStays() {
    String text = body("caption-boxes-beside-pictures.html");
    assertThat(text)
        .startsWith("Grey seals have come back to the sandbanks")
        .contains("The wardens counted sixty-two animals")
        .contains("The wardens' boat keeps its distance from the colony.")
        .contains("Good news travels fast, and the first visitors")
        .doesNotContain("Seals resting on the outer sandbank")
        .doesNotContain("Photograph by Ines Varga");
  }

  @Test
  void creditsAreNamedByWordsOrTheCopyrightSign() {
    assertThat(PictureBoxes.credits("The square at dusk. \u00a9 Jane Roe")).isTrue();
    assertThat(PictureBoxes.credits("Die Fähre am Morgen. Foto: dpa")).isTrue();
    assertThat(PictureBoxes.credits("The wardens' boat keeps its distance.")).isFalse();
  }
}
