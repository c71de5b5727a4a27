package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Span;

/**
 * Finds text between double quotation marks (curly, straight, low-9, guillemets, and the doubled
 * apostrophes {@code ''...''} or {@code ``...''} of some newspaper archives) over a sequence of
 * paragraphs. A quote left open at the end of a paragraph continues when the next paragraph opens
 * with a mark (the news convention for quotes running over paragraphs); otherwise it ends with its
 * paragraph.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  static List<MarkedQuote> find(String text, List<Span> paragraphs) {
    List<MarkedQuote> out = new ArrayList<>();
    int open = -1;
    int openLength = 1;
    int lastParagraphEnd = -1;
    for (Span p : paragraphs) {
      int from = p.start();
      if (open >= 0) {
        int first = firstNonSpace(text, p.start(), p.end());
        if (first >= 0 && isOpening(text, first)) {
          from = first + markLength(text, first); // the quote continues in this paragraph
        } else {
          add(out, text, open, openLength, lastParagraphEnd, -1);
          open = -1;
        }
      }
      for (int i = from; i < p.end(); i++) {
        int length = markLength(text, i);
        if (length == 0) {
          continue;
        }
        if (open < 0) {
          if (isOpening(text, i)) {
            open = i;
            openLength = length;
          }
        } else if (isClosing(text, i) || inClosingPlace(text, i, length)) {
          if (length == 2
              && text.charAt(i) == '\''
              && i + 2 < p.end()
              && text.charAt(i + 2) == '\'') {
            i++; // "one of us,''' he said": a single quote closes first, then the doubled one
          }
          add(out, text, open, openLength, i, i);
          open = -1;
        } else if (!isStraight(text, i) || looksOpening(text, i, length)) {
          // a second opening mark: the first one was never closed
          add(out, text, open, openLength, i, -1);
          open = i;
          openLength = length;
        }
        i += length - 1;
      }
      lastParagraphEnd = p.end();
    }
    if (open >= 0) {
      add(out, text, open, openLength, lastParagraphEnd, -1);
    }
    return out;
  }

  private static void add(
      List<MarkedQuote> out, String text, int open, int openLength, int limit, int close) {
    int s = open + openLength;
    int e = limit;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new MarkedQuote(open, s, e, close, close < 0 ? 0 : markLength(text, close)));
    }
  }

  static boolean isMark(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\u00BB';
  }

  /** The length of a double quotation mark at {@code i}: 1, 2 for '' or ``, or 0 for none. */
  static int markLength(String text, int i) {
    char c = text.charAt(i);
    if (isMark(c)) {
      return 1;
    }
    if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
      return 2;
    }
    return 0;
  }

  private static boolean isStraight(String text, int i) {
    char c = text.charAt(i);
    return c == '"' || c == '\'';
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '`') {
      return true;
    }
    return isStraight(text, i) && looksOpening(text, i, markLength(text, i));
  }

  private static boolean isClosing(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u201D' || c == '\u00BB') {
      return true;
    }
    return isStraight(text, i) && !looksOpening(text, i, markLength(text, i));
  }

  /**
   * An opening curly mark typed where a closing one belongs: right after a word or punctuation and
   * before a space or the end ("for her here,“ said Boateng").
   */
  private static boolean inClosingPlace(String text, int i, int length) {
    char c = text.charAt(i);
    if (c != '\u201C' || i == 0) {
      return false;
    }
    char before = text.charAt(i - 1);
    boolean afterWord = !Character.isWhitespace(before) && !isOpenContext(before);
    return afterWord
        && (i + length >= text.length() || Character.isWhitespace(text.charAt(i + length)));
  }

  /** A straight mark opens when it follows a space, a bracket or a dash and precedes a letter. */
  private static boolean looksOpening(String text, int i, int length) {
    boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
    boolean after = i + length < text.length() && !Character.isWhitespace(text.charAt(i + length));
    return before && after;
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c) || "([{\u2014\u2013-/:".indexOf(c) >= 0;
  }

  private static int firstNonSpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
