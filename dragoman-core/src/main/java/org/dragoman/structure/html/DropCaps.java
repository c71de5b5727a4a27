package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;

/**
 * A paragraph's first letter set apart as a drop cap in an element of its own ({@code
 * <span>T</span><p>urkey, Poland and ...}): a block that is one capital letter (an opening quote
 * mark before it allowed) followed by a paragraph that opens in lower case is joined to that
 * paragraph again, so the first word reads whole.
 */
final class DropCaps {
  /** The longest block read as a drop cap: a letter, or a quote mark and a letter. */
  private static final int MAX_LENGTH = 2;

  private DropCaps() {}

  /** The body with each drop cap joined to the paragraph it opens. */
  static BodyText join(BodyText body) {
    for (int i = body.blocks().size() - 2; i >= 0; i--) {
      if (dropCap(body, body.blocks().get(i), body.blocks().get(i + 1))) {
        body = joined(body, i);
      }
    }
    return body;
  }

  private static boolean dropCap(BodyText body, Block cap, Block next) {
    int length = cap.end() - cap.start();
    if (length < 1 || length > MAX_LENGTH || next.kind() != BlockKind.PARAGRAPH) {
      return false;
    }
    String text = body.text();
    char letter = text.charAt(cap.end() - 1);
    if (!Character.isUpperCase(letter)
        || length == 2 && Character.isLetterOrDigit(text.charAt(cap.start()))) {
      return false;
    }
    return next.end() > next.start() && Character.isLowerCase(text.charAt(next.start()));
  }

  /** The body with blocks {@code i} and {@code i + 1} made one paragraph, nothing between them. */
  private static BodyText joined(BodyText body, int i) {
    Block cap = body.blocks().get(i);
    Block next = body.blocks().get(i + 1);
    int shift = next.start() - cap.end();
    String text = body.text().substring(0, cap.end()) + body.text().substring(next.start());
    List<Block> blocks = new ArrayList<>(body.blocks().size() - 1);
    for (int k = 0; k < body.blocks().size(); k++) {
      Block b = body.blocks().get(k);
      if (k < i) {
        blocks.add(b);
      } else if (k == i) {
        blocks.add(new Block(BlockKind.PARAGRAPH, cap.start(), next.end() - shift));
      } else if (k > i + 1) {
        blocks.add(new Block(b.kind(), b.start() - shift, b.end() - shift));
      }
    }
    List<Link> links = new ArrayList<>(body.links().size());
    for (Link l : body.links()) {
      if (l.start() >= next.start()) {
        links.add(new Link(l.start() - shift, l.end() - shift, l.url()));
      } else if (l.end() <= cap.end()) {
        links.add(l);
      }
    }
    return new BodyText(text, blocks, links);
  }
}
