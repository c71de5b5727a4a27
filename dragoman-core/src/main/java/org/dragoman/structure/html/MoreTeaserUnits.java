package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Teasers for other posts that a page sets after the article, each a headline, a paragraph or two
 * of summary and a line of its own that only says "READ THE REST" (or "Continue reading",
 * "Weiterlesen"): when two or more such lines stand in a body after some text of its own, each
 * closes a teaser, and the teasers go from the headline before it. The same shape after the last
 * line (a headline and at most {@value #TRAILING} paragraphs ending the body) is a teaser whose
 * line was cut off. A body that opens with a teaser is a list of posts and stays whole.
 */
final class MoreTeaserUnits {
  /** The longest line read as a "read more" line. */
  private static final int MAX_LINE = 40;

  /** How many blocks before a "read more" line its headline may stand. */
  private static final int REACH = 4;

  /** The paragraphs a teaser after the last line may have. */
  static final int TRAILING = 2;

  private static final Pattern MORE =
      Pattern.compile(
          "(?:read the rest|read (?:the )?(?:full|whole) (?:story|article|post)|read more"
              + "|continue reading|keep reading|weiterlesen|mehr lesen|lire la suite|leer más"
              + "|seguir leyendo|leia mais|continua a leggere)[\\s.…»›>→+•·:!-]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private MoreTeaserUnits() {}

  /** The body without the teasers its repeated "read more" lines close. */
  static BodyText drop(BodyText body) {
    List<Block> blocks = body.blocks();
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.end() - b.start() <= MAX_LINE
          && MORE.matcher(body.text().substring(b.start(), b.end()).strip()).matches()) {
        lines.add(i);
      }
    }
    if (lines.size() < 2) {
      return body;
    }
    int first = headlineBefore(blocks, lines.get(0));
    if (first <= 0) {
      return body;
    }
    int lastLine = lines.get(lines.size() - 1);
    int end = trailingTeaser(blocks, lastLine) ? blocks.size() : lastLine + 1;
    return body.without(first, end);
  }

  /** The headline closest before line {@code line}, within {@value #REACH} blocks, else -1. */
  private static int headlineBefore(List<Block> blocks, int line) {
    for (int k = line - 1; k >= 0 && k >= line - REACH; k--) {
      if (blocks.get(k).kind() == BlockKind.HEADING) {
        return k;
      }
    }
    return -1;
  }

  /** Whether the blocks after the last line are a headline and at most a few paragraphs. */
  private static boolean trailingTeaser(List<Block> blocks, int lastLine) {
    int rest = blocks.size() - lastLine - 1;
    if (rest == 0 || rest > TRAILING + 1) {
      return false;
    }
    if (blocks.get(lastLine + 1).kind() != BlockKind.HEADING) {
      return false;
    }
    for (int k = lastLine + 2; k < blocks.size(); k++) {
      if (blocks.get(k).kind() != BlockKind.PARAGRAPH) {
        return false;
      }
    }
    return true;
  }
}
