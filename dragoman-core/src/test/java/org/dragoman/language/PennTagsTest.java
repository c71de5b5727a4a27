package org.dragoman.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class PennTagsTest {
  private static Token tagged(String word, String pos) {
    return new Token(0, word.length(), word, pos, null, "O");
  }

  @Test
  void verbsIncludeModalsButFiniteVerbsExcludeParticiples() {
    assertThat(PennTags.isVerb("VBG")).isTrue();
    assertThat(PennTags.isVerb("MD")).isTrue();
    assertThat(PennTags.isVerbForm("MD")).isFalse();
    assertThat(PennTags.isVerbForm("VBN")).isTrue();
    assertThat(PennTags.isModal("MD")).isTrue();
    assertThat(PennTags.isFiniteVerb("VBD")).isTrue();
    assertThat(PennTags.isFiniteVerb("VBZ")).isTrue();
    assertThat(PennTags.isFiniteVerb("VBP")).isTrue();
    assertThat(PennTags.isFiniteVerb("MD")).isTrue();
    assertThat(PennTags.isFiniteVerb("VB")).isFalse();
    assertThat(PennTags.isFiniteVerb("VBN")).isFalse();
    assertThat(PennTags.isFiniteVerb("VBG")).isFalse();
    assertThat(PennTags.isVerb("NN")).isFalse();
  }

  @Test
  void nounClassesSeparateCommonFromProperAndCountPlurals() {
    for (String tag : new String[] {"NN", "NNS", "NNP", "NNPS"}) {
      assertThat(PennTags.isNoun(tag)).as(tag).isTrue();
    }
    assertThat(PennTags.isCommonNoun("NN")).isTrue();
    assertThat(PennTags.isCommonNoun("NNS")).isTrue();
    assertThat(PennTags.isCommonNoun("NNP")).isFalse();
    assertThat(PennTags.isProperNoun("NNP")).isTrue();
    assertThat(PennTags.isProperNoun("NNPS")).isTrue();
    assertThat(PennTags.isProperNoun("NNS")).isFalse();
    assertThat(PennTags.isNoun("JJ")).isFalse();
  }

  @Test
  void pronounsTellPersonalFromPossessive() {
    assertThat(PennTags.isPersonalPronoun("PRP")).isTrue();
    assertThat(PennTags.isPersonalPronoun("PRP$")).isFalse();
    assertThat(PennTags.isPossessivePronoun("PRP$")).isTrue();
    assertThat(PennTags.isPossessivePronoun("PRP")).isFalse();
    assertThat(PennTags.isPronoun("PRP")).isTrue();
    assertThat(PennTags.isPronoun("PRP$")).isTrue();
    assertThat(PennTags.isPossessive("POS")).isTrue();
    assertThat(PennTags.isPossessive("PRP$")).isFalse();
  }

  @Test
  void modifiersCoverComparativeAndSuperlativeForms() {
    assertThat(PennTags.isAdverb("RB")).isTrue();
    assertThat(PennTags.isAdverb("RBS")).isTrue();
    assertThat(PennTags.isAdverb("RP")).isFalse();
    assertThat(PennTags.isAdjective("JJR")).isTrue();
    assertThat(PennTags.isAdjective("NN")).isFalse();
  }

  @Test
  void anUntaggedTokenPassesNoTest() {
    Token t = tagged("Reuters", null);
    assertThat(PennTags.of(t)).isEmpty();
    assertThat(PennTags.isNoun(t)).isFalse();
    assertThat(PennTags.isVerb(t)).isFalse();
    assertThat(PennTags.isFiniteVerb(t)).isFalse();
    assertThat(PennTags.isPronoun(t)).isFalse();
    assertThat(PennTags.isCommonNoun((String) null)).isFalse();
    assertThat(PennTags.isPossessive(t)).isFalse();
  }

  @Test
  void tokenTestsReadTheTokensTag() {
    assertThat(PennTags.of(tagged("said", "VBD"))).isEqualTo("VBD");
    assertThat(PennTags.isFiniteVerb(tagged("said", "VBD"))).isTrue();
    assertThat(PennTags.isProperNoun(tagged("Oslo", "NNP"))).isTrue();
    assertThat(PennTags.isAdjective(tagged("Oslo", "NNP"))).isFalse();
  }

  @Test
  void aPossessiveMarkIsKnownByItsTagOrItsSpelling() {
    assertThat(PennTags.isPossessiveMark(tagged("'s", "VBZ"))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("’s", null))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("’", "''"))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("'", "POS"))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("s", "POS"))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("is", "VBZ"))).isFalse();
  }
}
