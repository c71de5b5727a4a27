package org.dragoman.structure.text;

import java.util.List;

/**
 * Finds where the running text of a page dump lies: the run of paragraphs with the highest score,
 * where a paragraph of prose scores its word count (capped) and a short line (menu entry, link,
 * label) scores a penalty, and recognized furniture inside the text (a share bar, tags) almost
 * nothing. Headings and short lines between prose paragraphs stay inside the run; menus and link
 * lists before and after it fall outside. Stateless.
 */
public final class MainTextLocator {
  private static final int MAX_SCORE = 100;
  private static final int LINK_PENALTY = 8;
  private static final int SHORT_PENALTY = 3;

  private final Boilerplate boilerplate = new Boilerplate();

  /**
   * The half-open range [start, end) of paragraph indexes of the running text.
   *
   * @param start first paragraph of the run
   * @param end one past its last paragraph
   */
  public record Range(int start, int end) {
    public boolean isEmpty() {
      return end <= start;
    }
  }

  /** The best run, or an empty range when no paragraph reads as prose. */
  public Range locate(List<TextParagraph> paragraphs) {
    int bestSum = 0;
    int bestStart = 0;
    int bestEnd = 0;
    int sum = 0;
    int start = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += score(paragraphs.get(i).joined());
      if (sum > bestSum) {
        bestSum = sum;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    return new Range(bestStart, bestEnd);
  }

  /** Whether {@code s} reads as a sentence or more of prose. */
  public static boolean isProse(String s) {
    int words = words(s);
    return words >= 15 || words >= 6 && s.matches("(?s).*[.!?…:\"”’»)]$");
  }

  private int score(String s) {
    int words = words(s);
    if (boilerplate.isBoilerplate(s) && !boilerplate.endsArticle(s)) {
      return -1;
    }
    if (isProse(s)) {
      return Math.min(words, MAX_SCORE);
    }
    return words <= 6 ? -LINK_PENALTY : -SHORT_PENALTY;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
