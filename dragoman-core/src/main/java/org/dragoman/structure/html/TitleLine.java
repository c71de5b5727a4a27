package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;

/**
 * Takes the article's headline out of its body: the title is metadata, and a body that opens with
 * it says it twice. Only a heading among the first few blocks whose words are the title's goes.
 */
final class TitleLine {
  private static final int LOOK = 3;
  private static final int MIN_TITLE = 10;

  private TitleLine() {}

  static BodyText drop(BodyText body, String title) {
    if (title == null) {
      return body;
    }
    String t = normalize(title);
    if (t.length() < MIN_TITLE) {
      return body;
    }
    List<Block> blocks = body.blocks();
    for (int i = 0; i < Math.min(LOOK, blocks.size()); i++) {
      Block b = blocks.get(i);
      if (b.kind() != BlockKind.HEADING) {
        continue;
      }
      String h = normalize(body.text().substring(b.start(), b.end()));
      if (h.length() >= MIN_TITLE && (t.equals(h) || t.startsWith(h) || h.startsWith(t))) {
        return without(body, i);
      }
    }
    return body;
  }

  /** The body without block {@code i}, the blocks and links after it moved up. */
  private static BodyText without(BodyText body, int i) {
    List<Block> blocks = body.blocks();
    Block gone = blocks.get(i);
    String text = body.text();
    int cutStart;
    int cutEnd;
    if (i + 1 < blocks.size()) {
      cutStart = gone.start();
      cutEnd = blocks.get(i + 1).start();
    } else if (i > 0) {
      cutStart = blocks.get(i - 1).end();
      cutEnd = gone.end();
    } else {
      return BodyText.EMPTY;
    }
    int shift = cutEnd - cutStart;
    List<Block> kept = new ArrayList<>();
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (k < i) {
        kept.add(b);
      } else if (k > i) {
        kept.add(new Block(b.kind(), b.start() - shift, b.end() - shift));
      }
    }
    List<Link> links = new ArrayList<>();
    for (Link l : body.links()) {
      if (l.end() <= cutStart) {
        links.add(l);
      } else if (l.start() >= cutEnd) {
        links.add(new Link(l.start() - shift, l.end() - shift, l.url()));
      }
    }
    return new BodyText(text.substring(0, cutStart) + text.substring(cutEnd), kept, links);
  }

  private static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
