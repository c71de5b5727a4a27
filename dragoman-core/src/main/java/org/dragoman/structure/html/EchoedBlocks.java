package org.dragoman.structure.html;

import java.util.List;
import java.util.Locale;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Blocks that only repeat what the body says in another block nearby: a standfirst at the top that
 * a later paragraph repeats word for word, and a pull quote (a block quote, or a heading that reads
 * as a sentence) lifted out of a paragraph next to it. The copy goes, the paragraph stays, so the
 * article's words are in the body once.
 */
final class EchoedBlocks {
  /** Blocks at the top of a body among which a repeated standfirst may stand. */
  static final int TOP = 3;

  /** How many blocks after a standfirst may hold its repetition. */
  static final int LEAD_REACH = 5;

  /** How many blocks before or after a pull quote may hold the paragraph it was lifted from. */
  static final int QUOTE_REACH = 8;

  /** The shortest text that counts as a repetition (shorter lines repeat by chance). */
  static final int MIN_LENGTH = 40;

  /** The shortest heading that reads as a pulled sentence rather than a section's title. */
  static final int MIN_PULLED_HEADING = 50;

  /** The longest block looked at as a copy. */
  static final int MAX_LENGTH = 400;

  private EchoedBlocks() {}

  /** The body without its repeated standfirsts and pull quotes. */
  static BodyText drop(BodyText body) {
    List<Block> blocks = body.blocks();
    if (blocks.size() < 2) {
      return body;
    }
    String[] texts = new String[blocks.size()];
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block b = blocks.get(i);
      int length = b.end() - b.start();
      if (length < MIN_LENGTH || length > MAX_LENGTH) {
        continue;
      }
      if (i < TOP && repeatedAfter(body, texts, i, LEAD_REACH, false)
          || pulled(body, b) && repeatedNear(body, texts, i)) {
        body = body.without(i);
        texts = new String[body.blocks().size()];
      }
    }
    return body;
  }

  /** A block quote, or a heading long enough to be a sentence and ending like one. */
  private static boolean pulled(BodyText body, Block b) {
    if (b.kind() == BlockKind.BLOCKQUOTE) {
      return true;
    }
    if (b.kind() != BlockKind.HEADING || b.end() - b.start() < MIN_PULLED_HEADING) {
      return false;
    }
    char last = body.text().charAt(b.end() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d';
  }

  private static boolean repeatedNear(BodyText body, String[] texts, int i) {
    return repeatedAfter(body, texts, i, QUOTE_REACH, true)
        || repeatedIn(body, texts, i, Math.max(0, i - QUOTE_REACH), i, true);
  }

  /**
   * Whether one of the {@code reach} blocks after block {@code i} holds its text; with {@code
   * longer}, only a longer paragraph counts (a quote that stands twice on its own is no pull
   * quote).
   */
  private static boolean repeatedAfter(
      BodyText body, String[] texts, int i, int reach, boolean longer) {
    int to = Math.min(body.blocks().size(), i + 1 + reach);
    return repeatedIn(body, texts, i, i + 1, to, longer);
  }

  /** Whether one of blocks {@code from} to {@code to} (exclusive) holds block {@code i}'s text. */
  private static boolean repeatedIn(
      BodyText body, String[] texts, int i, int from, int to, boolean longer) {
    String copy = normalized(body, texts, i);
    for (int j = from; j < to; j++) {
      if (holds(body, texts, j, copy, longer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(BodyText body, String[] texts, int j, String copy, boolean longer) {
    Block b = body.blocks().get(j);
    if (longer && (b.kind() != BlockKind.PARAGRAPH || b.end() - b.start() <= copy.length())) {
      return false;
    }
    if (b.end() - b.start() < copy.length()) {
      return false;
    }
    return normalized(body, texts, j).contains(copy);
  }

  /** Block {@code i}'s text in lower case with runs of white space as one space, made once. */
  private static String normalized(BodyText body, String[] texts, int i) {
    if (texts[i] == null) {
      Block b = body.blocks().get(i);
      texts[i] =
          WhiteSpace.singleSpaced(body.text().substring(b.start(), b.end()))
              .toLowerCase(Locale.ROOT);
    }
    return texts[i];
  }
}
