package org.dragoman.structure.html;

import org.jsoup.nodes.TextNode;

/**
 * A text node's text as jsoup shows it ({@link TextNode#text()}: white space collapsed to single
 * spaces, soft hyphens and zero-width spaces dropped), without the copy jsoup always makes when the
 * raw text has nothing to change: most short lines of a page.
 */
final class ShownText {
  private ShownText() {}

  /** {@code t.text()}, the raw text itself when normalising would not change it. */
  static String of(TextNode t) {
    String raw = t.getWholeText();
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      if (c == ' ' ? i + 1 < n && raw.charAt(i + 1) == ' ' : changed(c)) {
        return t.text();
      }
    }
    return raw;
  }

  /** White space other than a space, which becomes one, and the invisible characters, dropped. */
  private static boolean changed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\f'
        || c == '\r'
        || c == '\u00a0'
        || c == '\u00ad'
        || c == '\u200b';
  }
}
