package org.dragoman.language;

import java.util.Locale;
import org.dragoman.model.Token;

/** The lower-cased word and lemma of a token, as the later stages compare them with word lists. */
public final class TokenWords {
  private TokenWords() {}

  /** The word as written, lower-cased. */
  public static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** The lemma as the tagger gave it, or the lower-cased word when the token has no lemma. */
  public static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma();
  }

  /** The lemma lower-cased, or the lower-cased word when the token has no lemma. */
  public static String lowerLemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }
}
