package org.dragoman.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The antecedent of a relative pronoun source, on invented sentences. */
class RelativeAntecedentTest {
  private static String antecedent(String text) {
    int at = text.indexOf(" who") >= 0 ? text.indexOf(" who") + 1 : text.indexOf(" which") + 1;
    return RelativeAntecedent.of(text, at);
  }

  @Test
  void theNameRightBeforeTheCommaAndPronoun() {
    assertThat(
            antecedent(
                "The bill was backed by Senate Leader Harriet Olsen, who said it would pass."))
        .isEqualTo("Senate Leader Harriet Olsen");
    assertThat(antecedent("Mayor Tomas de la Vega who spoke first called it a disgrace."))
        .isEqualTo("Mayor Tomas de la Vega");
  }

  @Test
  void anAppositionBetweenNameAndPronounIsSkipped() {
    assertThat(antecedent("Okafor praised Lena Brandt, a former port director, who argued for it."))
        .isEqualTo("Lena Brandt");
  }

  @Test
  void aCommonNounAntecedentHasNoName() {
    assertThat(antecedent("Many dockers who opposed the plan said nothing.")).isNull();
    assertThat(antecedent("Harriet Olsen met the fishermen, who demanded new quotas.")).isNull();
  }

  @Test
  void theNameStopsAtTheEndOfThePreviousSentenceAndAtAComma() {
    assertThat(antecedent("It was signed by Olsen. Brandt, who had opposed it, said nothing."))
        .isEqualTo("Brandt");
    assertThat(antecedent("After Olsen, Brandt who had opposed it said nothing."))
        .isEqualTo("Brandt");
    assertThat(antecedent("The Harbour Board, which owns the quay, refused."))
        .isEqualTo("The Harbour Board");
    assertThat(antecedent("Sen. Ted Vale, who chairs it, agreed.")).isEqualTo("Sen. Ted Vale");
  }

  @Test
  void onlyRelativePronounsAreRelatives() {
    assertThat(RelativeAntecedent.isRelative("Who ")).isTrue();
    assertThat(RelativeAntecedent.isRelative("which")).isTrue();
    assertThat(RelativeAntecedent.isRelative("he")).isFalse();
  }
}
