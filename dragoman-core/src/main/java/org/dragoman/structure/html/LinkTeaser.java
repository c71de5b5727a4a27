package org.dragoman.structure.html;

import org.dragoman.model.BlockKind;

/**
 * A paragraph that is nothing but a link, or a short cue and a link: inside an article it points to
 * another article ("Lesen Sie auch: ...", a bare headline linked to its story), never says
 * something itself. List items and headings are left alone: a list of links may be the article's
 * own list of sources.
 */
final class LinkTeaser {
  private static final int MAX_LENGTH = 200;

  private LinkTeaser() {}

  /**
   * Whether a block of which {@code linked} characters are link text is a link teaser. A bare web
   * address is not: it is the article citing its source.
   */
  static boolean is(BlockKind kind, CharSequence block, int linked) {
    int length = block.length();
    if (kind != BlockKind.PARAGRAPH || length == 0 || length > MAX_LENGTH || address(block)) {
      return false;
    }
    return linked >= 0.8 * length;
  }

  private static boolean address(CharSequence block) {
    String head = block.subSequence(0, Math.min(8, block.length())).toString();
    return head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.");
  }
}
