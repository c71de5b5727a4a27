package org.dragoman.structure.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Link;

/**
 * The body's text in Unicode's composed form (NFC): a page that spells a letter with its accent or
 * vowel sign as two code points ("e" and a combining acute) reads the same as one that uses the
 * single composed letter, so a search, a quote or a comparison with text copied from elsewhere
 * finds it. Blocks and links keep their bounds: each stretch between two bounds is composed on its
 * own. A body already composed (nearly every page) is returned as it is, after one quick check.
 */
final class ComposedText {
  private ComposedText() {}

  /** The body with its text composed (NFC), its blocks and links moved to match. */
  static BodyText of(BodyText body) {
    String text = body.text();
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return body;
    }
    int[] bounds = bounds(body);
    int[] moved = new int[bounds.length];
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int k = 0; k < bounds.length; k++) {
      out.append(Normalizer.normalize(text.substring(from, bounds[k]), Normalizer.Form.NFC));
      moved[k] = out.length();
      from = bounds[k];
    }
    out.append(Normalizer.normalize(text.substring(from), Normalizer.Form.NFC));
    List<Block> blocks = new ArrayList<>(body.blocks().size());
    for (Block b : body.blocks()) {
      blocks.add(new Block(b.kind(), at(bounds, moved, b.start()), at(bounds, moved, b.end())));
    }
    List<Link> links = new ArrayList<>(body.links().size());
    for (Link l : body.links()) {
      links.add(new Link(at(bounds, moved, l.start()), at(bounds, moved, l.end()), l.url()));
    }
    return new BodyText(out.toString(), blocks, links);
  }

  /** Every block's and link's start and end, sorted, each once. */
  private static int[] bounds(BodyText body) {
    int[] all = new int[2 * body.blocks().size() + 2 * body.links().size()];
    int n = 0;
    for (Block b : body.blocks()) {
      all[n++] = b.start();
      all[n++] = b.end();
    }
    for (Link l : body.links()) {
      all[n++] = l.start();
      all[n++] = l.end();
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (distinct == 0 || all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  private static int at(int[] bounds, int[] moved, int offset) {
    return moved[Arrays.binarySearch(bounds, offset)];
  }
}
