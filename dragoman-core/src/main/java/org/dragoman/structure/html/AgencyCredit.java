package org.dragoman.structure.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture's credit that names a photo agency without saying "photo": "(Getty/Jane Roe)", "(AFP
 * via Getty Images)", "(Reuters/John Doe)", "| Shutterstock", "(picture alliance / dpa / Jane
 * Roe)". A caption set as a paragraph ends in one; a sentence of an article does not. Only a
 * parenthesis or a separator before the credit counts, and a news agency alone only with a
 * photographer's name after a slash, so "(dpa)" closing a report stays.
 */
final class AgencyCredit {
  /** The last characters of a block searched for its credit. */
  private static final int TAIL = 110;

  /** Picture agencies whose name alone makes a credit. */
  private static final String STOCK =
      "(?:getty(?: images)?|shutterstock(?:\\.com)?|alamy(?: stock photo)?|istock(?:photo)?"
          + "|imago(?: images)?|picture[- ]alliance)";

  /** News and picture agencies that credit a picture with a photographer's name after a slash. */
  private static final String AGENCY =
      "(?:reuters|ap|afp|epa(?:-efe)?|dpa|pa(?: wire| images| media)?|bloomberg|anadolu(?: agency)?"
          + "|xinhua|efe|ansa|kyodo|yonhap|tass|sipa|nurphoto|zuma(?: press)?|keystone|apa|"
          + STOCK
          + ")";

  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:\\((?:[^()]{0,60}\\b"
              + STOCK
              + "\\b[^()]{0,60}|"
              + AGENCY
              + "\\s*/\\s*[^()]{2,60})\\)"
              + "|(?:^|\\s[|\u2013\u2014/]\\s*)(?:[^.!?|()]{0,60}\\s)?"
              + STOCK
              + ")\\.?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private AgencyCredit() {}

  /** Whether {@code text} from {@code start} to {@code end} ends in an agency's credit. */
  static boolean endsIn(String text, int start, int end) {
    int from = Math.max(start, end - TAIL);
    if (!hint(text, from, end)) {
      return false;
    }
    Matcher m = CREDIT.matcher(text);
    m.region(from, end);
    return m.find();
  }

  /** Words one of which a credit without a slash holds. */
  private static final String[] STOCK_WORDS = {
    "getty", "shutterstock", "alamy", "istock", "imago", "alliance"
  };

  /** A cheap test before the expression: a slash, or the start of a stock agency's name. */
  private static boolean hint(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '/') {
        return true;
      }
      char lower = (char) (c | 0x20);
      if (lower == 'g' || lower == 's' || lower == 'a' || lower == 'i') {
        for (String word : STOCK_WORDS) {
          if (i + word.length() <= to && text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
