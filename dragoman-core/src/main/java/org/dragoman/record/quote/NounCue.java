package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/**
 * A reporting noun and what it reports: "his claim that the vote was rigged", "Trump's call for a
 * ban", "her pledge to repeal the law", "made an impassioned call for unity". The holder is the
 * possessor before the noun or the subject of a light verb ("made", "issued") before it. Stateless;
 * positions are token indices of one sentence.
 */
final class NounCue {
  /** Prepositions that open a reporting noun's content: "call for", "attack on", "claim of". */
  private static final Set<String> PREPOSITIONS =
      Set.of("for", "on", "of", "about", "against", "to", "over", "with");

  /** Possessive determiners and the pronoun each stands for. */
  private static final java.util.Map<String, String> POSSESSIVE_PRONOUNS =
      java.util.Map.of(
          "his", "he", "her", "her", "their", "they", "its", "it", "my", "i", "our", "we");

  /**
   * @param noun the reporting noun
   * @param holderFrom first token of the holder (possessor or light verb subject)
   * @param holderTo token after the holder; for a possessive determiner holderTo = holderFrom + 1
   * @param contentFrom first token of the content
   */
  record Found(int noun, int holderFrom, int holderTo, int contentFrom) {}

  private NounCue() {}

  /** The pronoun a possessive determiner stands for ("his" -> "he"), or null. */
  static String pronounOf(Token t) {
    return PennTags.isPossessivePronoun(t) ? POSSESSIVE_PRONOUNS.get(TokenWords.lower(t)) : null;
  }

  /**
   * The first token of the content after the reporting noun at {@code n}: after "that", at "to"
   * with a verb, or after a preposition before a noun phrase, gerund or question word; -1 when
   * none.
   */
  static int contentStart(List<Token> tokens, int n, int last) {
    int k = n + 1;
    if (k > last) {
      return -1;
    }
    String w = TokenWords.lower(tokens.get(k));
    if (w.equals("that") && k + 1 <= last && !PennTags.isVerb(tokens.get(k + 1))) {
      return k + 1;
    }
    if (w.equals("to") && k + 1 <= last && PennTags.of(tokens.get(k + 1)).equals("VB")) {
      return k;
    }
    if (PREPOSITIONS.contains(w) && k + 1 <= last) {
      Token t = tokens.get(k + 1);
      String p = PennTags.of(t);
      if (p.matches("DT|PDT|PRP\\$|CD|JJ.*|NN.*|VBG|WP|WRB|FW")
          || PennTags.isPersonalPronoun(p) && !Phrases.isSubjectPronoun(t)
          || Set.of("it", "you").contains(TokenWords.lower(t))) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * The possessor that ends right before the noun at {@code n} with adjectives between ("Trump's
   * continual attacks", "his latest claim"), as {from, to}, or null.
   */
  static int[] possessor(List<Token> tokens, int n, int s0) {
    int k = n - 1;
    while (k >= s0 && PennTags.of(tokens.get(k)).matches("JJ.*|RB.*|VBN")) {
      k--;
    }
    if (k < s0) {
      return null;
    }
    Token t = tokens.get(k);
    if (pronounOf(t) != null) {
      return new int[] {k, k + 1};
    }
    boolean apostrophe = t.word().equals("’") || t.word().equals("'");
    if (PennTags.isPossessive(t)
        || apostrophe && k - 1 >= s0 && PennTags.isNoun(tokens.get(k - 1))) {
      int a = Phrases.npStartBackward(tokens, k - 1, s0);
      return a < 0 ? null : new int[] {a, k};
    }
    return null;
  }

  /**
   * The last content token when the reporting noun at {@code n} sits in the sentence's subject (no
   * finite verb before it): before the sentence's main verb, which comes after the content's own
   * verb for a "that" clause. Else {@code to}.
   */
  static int beforeMainVerb(List<Token> tokens, int s0, int n, int from, int to) {
    for (int k = s0; k < n; k++) {
      if (isFinite(tokens.get(k))) {
        return to;
      }
    }
    boolean clause = TokenWords.lower(tokens.get(from - 1)).equals("that");
    for (int k = from; k <= to; k++) {
      if (isFinite(tokens.get(k))) {
        if (clause) {
          clause = false;
          continue;
        }
        int end = k - 1;
        while (end > from && PennTags.of(tokens.get(end)).matches("RB.*|,")) {
          end--;
        }
        return end >= from ? end : to;
      }
    }
    return to;
  }

  private static boolean isFinite(Token t) {
    return PennTags.isFiniteVerb(t);
  }

  /**
   * The light verb before the noun at {@code n} ("made an impassioned call", "issued a warning"),
   * or -1: a verb of {@code lightVerbs} with only determiners, adjectives and adverbs between.
   */
  static int lightVerb(List<Token> tokens, int n, int s0, Set<String> lightVerbs) {
    int k = n - 1;
    while (k >= s0 && PennTags.of(tokens.get(k)).matches("DT|JJ.*|RB.*|PDT|CD")) {
      k--;
    }
    if (k < s0) {
      return -1;
    }
    Token v = tokens.get(k);
    String lemma = TokenWords.lowerLemma(v);
    return PennTags.isVerb(v) && lightVerbs.contains(lemma) ? k : -1;
  }
}
