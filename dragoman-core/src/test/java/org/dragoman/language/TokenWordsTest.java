package org.dragoman.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class TokenWordsTest {
  private static Token token(String word, String lemma) {
    return new Token(0, word.length(), word, "NNP", lemma, "O");
  }

  @Test
  void lowerCasesTheWordWhateverTheLocale() {
    assertThat(TokenWords.lower(token("ISTANBUL", "Istanbul"))).isEqualTo("istanbul");
  }

  @Test
  void lemmaKeepsTheTaggersCaseAndFallsBackToTheLowerCasedWord() {
    assertThat(TokenWords.lemma(token("Senators", "Senator"))).isEqualTo("Senator");
    assertThat(TokenWords.lemma(token("Said", null))).isEqualTo("said");
  }

  @Test
  void lowerLemmaLowerCasesTheLemmaOrTheWord() {
    assertThat(TokenWords.lowerLemma(token("Senators", "Senator"))).isEqualTo("senator");
    assertThat(TokenWords.lowerLemma(token("Said", null))).isEqualTo("said");
  }
}
