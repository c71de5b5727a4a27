package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;

/**
 * Cuts an article body where its furniture starts: a heading or short line like "Kontakt",
 * "Quellen:", "About the author" or "Related stories" in the last part of the body opens a box that
 * is not the article (the lexicon {@code section-end-cues.txt} lists them). The line and all blocks
 * after it go. Only the last {@value #TAIL_PERCENT} percent of the text is searched, so a
 * subheading with such words early in an article costs nothing. A line that long paragraphs of
 * prose soon follow opens a box inset in the article ({@link ArticleGoesOn}): only the box goes.
 */
final class SectionEnd {
  static final int TAIL_PERCENT = 40;
  private static final int MAX_LINE = 60;
  private static final int TAIL_BLOCK = 400;

  private static final OpeningCues CUE =
      CueLexicon.compile("section-end-cues.txt", "", "\\s*[:?]?");

  private SectionEnd() {}

  /** Whether a line of body text opens what follows an article ("Kontakt:", "Related"). */
  static boolean opens(CharSequence line) {
    return line.length() <= MAX_LINE && CUE.matches(line.toString().strip());
  }

  /**
   * The body without what follows its first section-end line in the tail. Such lines earlier in the
   * body go alone when they are furniture by their words too (the writer keeps them for this step
   * to see).
   */
  static BodyText cut(BodyText body) {
    return dropCuedTail(cutAtOpener(body));
  }

  /**
   * The body without the paragraphs of its last {@value #TAIL_PERCENT} percent (after the first
   * block) that open with a furniture cue and are at most {@value #TAIL_BLOCK} characters long: a
   * subscription call, a disclaimer or a "this entry was posted" line after an article's text is
   * longer than the short lines the writer drops anywhere.
   */
  private static BodyText dropCuedTail(BodyText body) {
    int from = body.text().length() * (100 - TAIL_PERCENT) / 100;
    List<Block> blocks = body.blocks();
    for (int i = blocks.size() - 1; i >= 1; i--) {
      Block b = blocks.get(i);
      if (b.start() < from) {
        break;
      }
      if (b.end() - b.start() <= TAIL_BLOCK
          && b.kind() != BlockKind.PREFORMATTED
          && BoilerplateText.cued(body.text().substring(b.start(), b.end()))) {
        body = body.without(i);
      }
    }
    return body;
  }

  private static BodyText cutAtOpener(BodyText body) {
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
          return cutAtOpener(body.without(i));
        }
        continue;
      }
      if (ArticleGoesOn.after(body, i)) {
        return cutAtOpener(ArticleGoesOn.withoutBox(body, i));
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
}
