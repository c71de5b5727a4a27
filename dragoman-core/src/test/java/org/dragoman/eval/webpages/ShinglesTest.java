package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void wordsAreRunsOfLettersDigitsAndUnderscoresInAnyScript() {
    Shingles s = Shingles.of("Dock 7's crane—it_works: Größe 12,5 ½ naïve Москва!");
    assertThat(s.shingles())
        .containsExactly(
            "Dock 7 s crane",
            "7 s crane it_works",
            "s crane it_works Größe",
            "crane it_works Größe 12",
            "it_works Größe 12 5",
            "Größe 12 5 ½",
            "12 5 ½ naïve",
            "5 ½ naïve Москва");
    assertThat(s.words()).isEqualTo(11);
  }

  @Test
  void caseIsKept() {
    assertThat(Shingles.of("The harbour opened today").shingles())
        .containsExactly("The harbour opened today");
    assertThat(Shingles.of("the harbour opened today").shingles())
        .containsExactly("the harbour opened today");
  }

  @Test
  void aShortTextIsOneShorterShingleAndAnEmptyOneNone() {
    assertThat(Shingles.of("two words").shingles()).containsExactly("two words");
    assertThat(Shingles.of(" ... ").shingles()).isEmpty();
    assertThat(Shingles.of(null).shingles()).isEmpty();
  }

  @Test
  void aPassageIsCutFromTheOriginalText() {
    Shingles s = Shingles.of("Ferries run, weather permitting, twice daily.");
    assertThat(s.passage(1, 3)).isEqualTo("run, weather permitting");
  }
}
