package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.Link;

/**
 * Cuts an article body where its furniture starts: a heading or short line like "Kontakt",
 * "Quellen:", "About the author" or "Related stories" in the last part of the body opens a box that
 * is not the article (the lexicon {@code section-end-cues.txt} lists them). The line and all blocks
 * after it go. Only the last {@value #TAIL_PERCENT} percent of the text is searched, so a
 * subheading with such words early in an article costs nothing.
 */
final class SectionEnd {
  static final int TAIL_PERCENT = 40;
  private static final int MAX_LINE = 60;

  private static final Pattern CUE = CueLexicon.compile("section-end-cues.txt", "", "\\s*[:?]?");

  private SectionEnd() {}

  /** Whether a line of body text opens what follows an article ("Kontakt:", "Related"). */
  static boolean opens(CharSequence line) {
    return line.length() <= MAX_LINE && CUE.matcher(line.toString().strip()).matches();
  }

  /**
   * The body without what follows its first section-end line in the tail. Such lines earlier in the
   * body go alone when they are furniture by their words too (the writer keeps them for this step
   * to see).
   */
  static BodyText cut(BodyText body) {
    String text = body.text();
    int from = text.length() * (100 - TAIL_PERCENT) / 100;
    List<Block> blocks = body.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.end() - b.start() > MAX_LINE) {
        continue;
      }
      String line = text.substring(b.start(), b.end());
      if (!opens(line)) {
        continue;
      }
      if (i == 0 || b.start() < from) {
        if (BoilerplateText.furniture(line)) {
          return cut(without(body, i));
        }
        continue;
      }
      int end = blocks.get(i - 1).end();
      List<Link> links = new ArrayList<>();
      for (Link l : body.links()) {
        if (l.end() <= end) {
          links.add(l);
        }
      }
      return new BodyText(text.substring(0, end), blocks.subList(0, i), links);
    }
    return body;
  }

  /** The body without block {@code i}, the blocks and links after it moved up. */
  private static BodyText without(BodyText body, int i) {
    List<Block> blocks = body.blocks();
    String text = body.text();
    if (blocks.size() == 1) {
      return BodyText.EMPTY;
    }
    int cutStart;
    int cutEnd;
    if (i + 1 < blocks.size()) {
      cutStart = blocks.get(i).start();
      cutEnd = blocks.get(i + 1).start();
    } else {
      cutStart = blocks.get(i - 1).end();
      cutEnd = blocks.get(i).end();
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
}
