package org.dragoman.eval.webpages;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into words and word 4-gram shingles the way the article-extraction benchmark of
 * scrapinghub (Zyte) does: a word is a maximal run of letters, digits and underscores (any script,
 * case kept, Python's {@code \w+}), everything else separates words; shingle {@code i} is words
 * {@code i} to {@code i+3}, and a text of fewer than four words is one shorter shingle (none when
 * it has no word).
 */
public final class Shingles {
  /** Words per shingle. */
  public static final int SIZE = 4;

  private final String text;
  private final int[] wordStarts;
  private final int[] wordEnds;
  private final List<String> shingles;

  private Shingles(String text, int[] wordStarts, int[] wordEnds, List<String> shingles) {
    this.text = text;
    this.wordStarts = wordStarts;
    this.wordEnds = wordEnds;
    this.shingles = shingles;
  }

  /** Cuts a text (null reads as empty). */
  public static Shingles of(String text) {
    String t = text == null ? "" : text;
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(new int[] {start, i});
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      words.add(new int[] {start, t.length()});
    }
    int n = words.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = words.get(i)[0];
      ends[i] = words.get(i)[1];
    }
    List<String> shingles = new ArrayList<>();
    for (int i = 0; i < Math.max(1, n - SIZE + 1) && i < n; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = i; j < Math.min(n, i + SIZE); j++) {
        if (j > i) {
          s.append(' ');
        }
        s.append(t, starts[j], ends[j]);
      }
      shingles.add(s.toString());
    }
    return new Shingles(t, starts, ends, List.copyOf(shingles));
  }

  /** The shingles in text order, the words of each joined by one space. */
  public List<String> shingles() {
    return shingles;
  }

  /** The number of words. */
  public int words() {
    return wordStarts.length;
  }

  /**
   * The text from the start of word {@code from} to the end of word {@code to} (inclusive), as it
   * stands in the original.
   */
  public String passage(int from, int to) {
    return text.substring(wordStarts[from], wordEnds[to]);
  }

  /** Python's {@code \w}: a letter, a number of any kind (decimal, letter-like, other) or "_". */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
