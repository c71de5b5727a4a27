package org.dragoman.eval.polnear;

import java.util.List;
import org.dragoman.model.Span;

/**
 * One annotated text-bound item of a brat file: its type and its fragments (brat allows a
 * discontinuous span, "2103 2168;2170 2425").
 *
 * @param id the brat id, "T3"
 * @param type "Source", "Cue", "Content", ...
 * @param fragments the character ranges, in order
 * @param text the annotated text as the brat file gives it (may be cut at a line break)
 */
public record BratSpan(String id, String type, List<Span> fragments, String text) {
  public BratSpan {
    fragments = List.copyOf(fragments);
  }

  public int start() {
    return fragments.get(0).start();
  }

  public int end() {
    return fragments.get(fragments.size() - 1).end();
  }

  public boolean overlaps(Span span) {
    return fragments.stream().anyMatch(f -> f.overlaps(span));
  }

  /** The annotated text taken from the document itself, fragments joined by a space. */
  public String textIn(String document) {
    StringBuilder s = new StringBuilder();
    for (Span f : fragments) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(f.of(document));
    }
    return s.toString();
  }
}
