package org.dragoman.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class PennTagsTest {
  /** Every test on a tag string, by name, found by reflection so a new one cannot go untested. */
  private static final Map<String, Method> TESTS = new TreeMap<>();

  static {
    for (Method m : PennTags.class.getMethods()) {
      if (m.getReturnType() == boolean.class
          && Arrays.equals(m.getParameterTypes(), new Class<?>[] {String.class})) {
        TESTS.put(m.getName(), m);
      }
    }
  }

  /** Each tag with the tests it passes; it fails every other one. */
  private static final Map<String, Set<String>> CLASSES =
      Map.ofEntries(
          Map.entry("VB", Set.of("isVerbForm", "isVerb")),
          Map.entry("VBD", Set.of("isVerbForm", "isVerb", "isFiniteVerb")),
          Map.entry("VBG", Set.of("isVerbForm", "isVerb")),
          Map.entry("VBN", Set.of("isVerbForm", "isVerb")),
          Map.entry("VBP", Set.of("isVerbForm", "isVerb", "isFiniteVerb")),
          Map.entry("VBZ", Set.of("isVerbForm", "isVerb", "isFiniteVerb")),
          Map.entry("MD", Set.of("isModal", "isVerb", "isFiniteVerb")),
          Map.entry("NN", Set.of("isNoun", "isCommonNoun")),
          Map.entry("NNS", Set.of("isNoun", "isCommonNoun")),
          Map.entry("NNP", Set.of("isNoun", "isProperNoun")),
          Map.entry("NNPS", Set.of("isNoun", "isProperNoun")),
          Map.entry("RB", Set.of("isAdverb")),
          Map.entry("RBS", Set.of("isAdverb")),
          Map.entry("JJ", Set.of("isAdjective")),
          Map.entry("JJR", Set.of("isAdjective")),
          Map.entry("POS", Set.of("isPossessive")),
          Map.entry("PRP", Set.of("isPersonalPronoun", "isPronoun")),
          Map.entry("PRP$", Set.of("isPronoun", "isPossessivePronoun")),
          Map.entry("RP", Set.of()),
          Map.entry("IN", Set.of()),
          Map.entry("WP", Set.of()),
          Map.entry("", Set.of()));

  private static Token tagged(String word, String pos) {
    return new Token(0, word.length(), word, pos, null, "O");
  }

  @Test
  void everyTestIsInTheTable() {
    assertThat(TESTS.keySet())
        .containsExactlyInAnyOrderElementsOf(
            CLASSES.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
  }

  @Test
  void eachTagPassesExactlyTheTestsOfItsClasses() throws Exception {
    for (Map.Entry<String, Set<String>> e : CLASSES.entrySet()) {
      for (Map.Entry<String, Method> test : TESTS.entrySet()) {
        assertThat(test.getValue().invoke(null, e.getKey()))
            .as(test.getKey() + " " + e.getKey())
            .isEqualTo(e.getValue().contains(test.getKey()));
      }
    }
  }

  @Test
  void anUntaggedTokenPassesNoTest() throws Exception {
    for (Map.Entry<String, Method> test : TESTS.entrySet()) {
      assertThat(test.getValue().invoke(null, (Object) null)).as(test.getKey()).isEqualTo(false);
    }
    Token t = tagged("Reuters", null);
    assertThat(PennTags.of(t)).isEmpty();
    assertThat(PennTags.isNoun(t)).isFalse();
    assertThat(PennTags.isVerb(t)).isFalse();
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
    assertThat(PennTags.isPossessiveMark(tagged("s", "POS"))).isTrue();
    assertThat(PennTags.isPossessiveMark(tagged("is", "VBZ"))).isFalse();
  }
}
