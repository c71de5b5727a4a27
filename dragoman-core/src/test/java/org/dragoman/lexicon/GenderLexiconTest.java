package org.dragoman.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class GenderLexiconTest {
  @Test
  void aMalformedGenderLexiconLineIsAClearError() {
    String data = "word\tgender\tkind\nHillary\tx\tname\n";
    assertThatThrownBy(() -> GenderLexicon.parse(new BufferedReader(new StringReader(data))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void theBundledLexiconKnowsNamesHonorificsAndNouns() {
    GenderLexicon lexicon = GenderLexicon.bundled();
    assertThat(lexicon.ofGivenName("Hillary")).isEqualTo(Gender.FEMALE);
    assertThat(lexicon.ofGivenName("Bernie")).isEqualTo(Gender.MALE);
    assertThat(lexicon.ofGivenName("Jordan")).isNull();
    assertThat(lexicon.ofWord("Mrs.")).isEqualTo(Gender.FEMALE);
    assertThat(lexicon.ofWord("Congressman")).isEqualTo(Gender.MALE);
  }

  @Test
  void anHonorificIsATitleNotAPersonNoun() {
    GenderLexicon lexicon = GenderLexicon.bundled();
    assertThat(lexicon.ofHonorific("Mrs.")).isEqualTo(Gender.FEMALE);
    assertThat(lexicon.ofHonorific("MR")).isEqualTo(Gender.MALE);
    assertThat(lexicon.ofWord("congresswoman")).isEqualTo(Gender.FEMALE);
    assertThat(lexicon.ofHonorific("congresswoman")).isNull();
  }
}
