package org.dragoman.structure.html;

import org.jsoup.nodes.Element;

/**
 * A short inline element inside a paragraph's sentence ("{@code <p><span class="dateline">KOBE –
 * </span>A total of ...</p>}"): whatever its name says (a dateline, a credit, a label), it is part
 * of the paragraph the reader reads, so it stays with it. A named inline element that is all or
 * most of its paragraph (a share link, a lone credit) is still boilerplate.
 */
final class InlineLabels {
  /** Letters of the rest of the paragraph, at least, that make an inline element part of it. */
  static final int SENTENCE = 40;

  private InlineLabels() {}

  /** Whether {@code e} is a phrasing element that is a small part of its paragraph's text. */
  static boolean inSentence(Element e, NodeStats stats) {
    switch (e.normalName()) {
      case "span", "strong", "b", "em", "i", "small" -> {}
      default -> {
        return false;
      }
    }
    Element parent = e.parent();
    if (parent == null || !parent.normalName().equals("p")) {
      return false;
    }
    int own = stats.of(e).text;
    int rest = stats.of(parent).text - own;
    return rest >= SENTENCE && rest >= 3 * own;
  }
}
