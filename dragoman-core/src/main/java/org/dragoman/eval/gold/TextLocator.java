package org.dragoman.eval.gold;

import org.dragoman.model.Span;

/**
 * Finds gold passages in a predicted body: exactly when possible, else with typographic quotes,
 * apostrophes and no-break spaces folded to their plain forms (one character for one, so offsets
 * hold).
 */
final class TextLocator {
  private TextLocator() {}

  /**
   * The span of {@code quote} inside the first occurrence of {@code contains}, else the first
   * occurrence of {@code quote}; the span of {@code contains} when there is no {@code quote}; null
   * when not found.
   */
  static Span locate(String text, String quote, String contains) {
    if (contains != null) {
      int c = indexOf(text, contains, 0);
      if (c >= 0) {
        if (quote == null) {
          return new Span(c, c + contains.length());
        }
        int q = indexOf(text.substring(c, c + contains.length()), quote, 0);
        if (q >= 0) {
          return new Span(c + q, c + q + quote.length());
        }
      }
      if (quote == null) {
        return null;
      }
    }
    int q = indexOf(text, quote, 0);
    return q < 0 ? null : new Span(q, q + quote.length());
  }

  static boolean contains(String text, String passage) {
    return text.contains(passage);
  }

  private static int indexOf(String text, String passage, int from) {
    int i = text.indexOf(passage, from);
    return i >= 0 ? i : fold(text).indexOf(fold(passage), from);
  }

  static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u00A0', '\u2009', '\u202F' -> ' ';
            default -> c;
          });
    }
    return b.toString();
  }
}
