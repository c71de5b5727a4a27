package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Link;

/**
 * An article body as text with its blocks and links as spans over it.
 *
 * @param text paragraphs separated by blank lines
 * @param blocks paragraphs, headings, block quotes, list items and preformatted text, in order
 * @param links hyperlinks with absolute URLs, in order
 */
public record BodyText(String text, List<Block> blocks, List<Link> links) {
  public static final BodyText EMPTY = new BodyText("", List.of(), List.of());

  public BodyText {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
  }

  /** This body without block {@code i}, the blocks and links after it moved up. */
  BodyText without(int i) {
    return without(i, i + 1);
  }

  /**
   * This body without blocks {@code from} (inclusive) to {@code to} (exclusive), the blocks and
   * links after them moved up; links that overlap the text cut out go with it.
   */
  BodyText without(int from, int to) {
    if (from >= to) {
      return this;
    }
    if (to - from == blocks.size()) {
      return BodyText.EMPTY;
    }
    int cutStart;
    int cutEnd;
    if (to < blocks.size()) {
      cutStart = blocks.get(from).start();
      cutEnd = blocks.get(to).start();
    } else {
      cutStart = blocks.get(from - 1).end();
      cutEnd = blocks.get(to - 1).end();
    }
    int shift = cutEnd - cutStart;
    List<Block> kept = new ArrayList<>(blocks.size() - (to - from));
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (k < from) {
        kept.add(b);
      } else if (k >= to) {
        kept.add(new Block(b.kind(), b.start() - shift, b.end() - shift));
      }
    }
    List<Link> moved = new ArrayList<>();
    for (Link l : links) {
      if (l.end() <= cutStart) {
        moved.add(l);
      } else if (l.start() >= cutEnd) {
        moved.add(new Link(l.start() - shift, l.end() - shift, l.url()));
      }
    }
    return new BodyText(text.substring(0, cutStart) + text.substring(cutEnd), kept, moved);
  }
}
