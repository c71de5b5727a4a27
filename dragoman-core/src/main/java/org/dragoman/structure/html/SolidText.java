package org.dragoman.structure.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A cheap lower bound on the length of a text as jsoup shows it: the characters that survive
 * whitespace normalisation, trimming and leading marks (letters, digits, most punctuation), counted
 * only up to a limit, so that a long text is known to be too long before it is normalised.
 */
final class SolidText {
  private SolidText() {}

  /**
   * Whether the raw text surely reads longer than {@code limit} characters once normalised ({@link
   * TextNode#text()}), stripped and without leading dashes, bars, bullets or stars.
   */
  static boolean longerThan(String raw, int limit) {
    return count(raw, 0, limit) > limit;
  }

  /**
   * Whether the element's text ({@link Element#text()}) is surely longer than {@code limit}
   * characters; reads its text nodes only until the bound is passed.
   */
  static boolean longerThan(Element root, int limit) {
    int solid = 0;
    Node node = root;
    while (node != null) {
      if (node instanceof TextNode t) {
        solid = count(t.getWholeText(), solid, limit);
        if (solid > limit) {
          return true;
        }
      }
      if (node.childNodeSize() > 0) {
        node = node.childNode(0);
        continue;
      }
      while (node != root && node.nextSibling() == null) {
        node = node.parentNode();
      }
      node = node == root ? null : node.nextSibling();
    }
    return false;
  }

  /** {@code solid} plus the solid characters of {@code raw}, counted up to one past the limit. */
  private static int count(String raw, int solid, int limit) {
    for (int i = 0, n = raw.length(); i < n && solid <= limit; i++) {
      if (solid(raw.charAt(i))) {
        solid++;
      }
    }
    return solid;
  }

  /**
   * A character no normalisation, trimming or leading-mark removal drops: not a control character,
   * white space, a no-break, zero-width or soft hyphen, a surrogate half, a dash, a bar, a bullet
   * or a star.
   */
  private static boolean solid(char c) {
    if (c <= ' ') {
      return false;
    }
    if (c < 0x7f) {
      return c != '|' && c != '*' && c != '-';
    }
    return c != 0xa0
        && c != 0xad
        && c != 0x200b
        && c != '•'
        && c != '·'
        && !Character.isWhitespace(c)
        && !Character.isSurrogate(c)
        && Character.getType(c) != Character.DASH_PUNCTUATION;
  }
}
