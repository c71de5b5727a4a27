package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/**
 * A judgement or expectation credited to no one in particular, whose content is the whole clause
 * with its subject: "Sanders is expected to win", "the change is widely believed to help", "he
 * seems to have picked up a command". Stateless.
 */
final class ImpersonalCue {
  /** Participles of the passive "is expected to", "is said to". */
  private static final Set<String> PASSIVE =
      Set.of(
          "expect", "say", "believe", "think", "report", "rumor", "suppose", "project", "predict");

  /** Verbs of appearance: "appears to", "seems to". */
  private static final Set<String> APPEARANCE = Set.of("appear", "seem");

  private ImpersonalCue() {}

  /**
   * The index after the cue at {@code c} when it is an impersonal cue followed by "to" and a verb,
   * else -1: the passive participle after a form of "be" (and adverbs), or "appear"/"seem".
   */
  static int cueEnd(List<Token> tokens, int c, int s0, int s1) {
    Token t = tokens.get(c);
    String lemma = TokenWords.lemma(t);
    String pos = PennTags.of(t);
    if (c + 2 >= s1
        || !TokenWords.lower(tokens.get(c + 1)).equals("to")
        || !PennTags.of(tokens.get(c + 2)).equals("VB")) {
      return -1;
    }
    if (APPEARANCE.contains(lemma) && pos.matches("VBD|VBZ|VBP")) {
      return c + 1;
    }
    if (!pos.equals("VBN") || !PASSIVE.contains(lemma)) {
      return -1;
    }
    int k = c - 1;
    while (k >= s0 && PennTags.isAdverb(tokens.get(k))) {
      k--;
    }
    return k >= s0 && "be".equals(tokens.get(k).lemma()) ? c + 1 : -1;
  }

  /** "appear" or "seem": the subject may be the one who shows the stance. */
  static boolean isAppearance(Token t) {
    return APPEARANCE.contains(TokenWords.lemma(t));
  }

  /** The verb that opens the predicate the cue at {@code c} belongs to: "is" in "is expected". */
  static int predicateStart(List<Token> tokens, int c, int s0) {
    int k = c;
    while (k - 1 >= s0 && Phrases.isVerbPrefix(tokens.get(k - 1))) {
      k--;
    }
    return k;
  }
}
