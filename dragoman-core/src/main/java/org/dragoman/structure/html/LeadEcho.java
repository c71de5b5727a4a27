package org.dragoman.structure.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * A summary that retells the body's opening in its own words' order but the same words ("Agents
 * found 475 pounds of cocaine in a boat" over a first paragraph that says "Border agents found 475
 * pounds (215 kilos) of cocaine hidden in a boat"): nearly every word of it stands in the body's
 * first lines, so it adds nothing to the article and only repeats it.
 */
final class LeadEcho {
  /** Share of the summary's words that must stand in the opening. */
  static final double SHARE = 0.9;

  /** Words a summary needs before its words can be counted. */
  private static final int MIN_WORDS = 8;

  /** The longest summary looked at. */
  static final int MAX_LENGTH = 400;

  /** Blocks at the top of a body (headings and a kicker line) among which a summary may stand. */
  private static final int TOP = 3;

  private LeadEcho() {}

  /**
   * The body without a summary among its first blocks that the paragraph after it retells; the
   * paragraph stays.
   */
  static BodyText drop(BodyText body) {
    List<Block> blocks = body.blocks();
    String text = body.text();
    for (int i = 0; i < Math.min(TOP, blocks.size() - 1); i++) {
      Block b = blocks.get(i);
      Block next = blocks.get(i + 1);
      if (b.kind() == BlockKind.HEADING) {
        continue;
      }
      if (b.kind() == BlockKind.PARAGRAPH
          && b.end() - b.start() <= MAX_LENGTH
          && next.kind() == BlockKind.PARAGRAPH
          && next.end() - next.start() > b.end() - b.start()
          && echoes(text.substring(b.start(), b.end()), text.substring(next.start()))) {
        return body.without(i);
      }
    }
    return body;
  }

  /** Whether nearly all words of {@code lead} stand in the first lines of {@code opening}. */
  static boolean echoes(String lead, String opening) {
    int window = Math.min(opening.length(), Math.max(400, 3 * lead.length()));
    Set<String> near = words(opening.substring(0, window));
    int all = 0;
    int found = 0;
    for (String w : words(lead)) {
      all++;
      if (near.contains(w)) {
        found++;
      }
    }
    return all >= MIN_WORDS && found >= SHARE * all;
  }

  /** The distinct lower-cased words of at least two letters or digits in {@code text}. */
  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String word : ArticleBodyFallback.words(text)) {
      if (word.length() >= 2) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
