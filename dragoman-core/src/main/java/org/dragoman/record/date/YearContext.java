package org.dragoman.record.date;

import java.util.Locale;
import java.util.Set;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Token;

/**
 * Tells a year ("in 1999", "since 2004", "2005's budget", "2000-2001") from a four-digit number
 * that is not one: amounts ("$2005", "2005 million"), counts ("2991 posts", "about 2000 troops"),
 * numbers and codes ("Issue 2005", "555-2005", "20.05").
 */
final class YearContext {
  static final int FIRST = 1500;
  static final int LAST = 2099;
  private static final int UNMARKED_FROM = 1800;

  private static final Set<String> COUNT_CUES =
      Set.of(
          "about",
          "some",
          "nearly",
          "almost",
          "around",
          "approximately",
          "roughly",
          "over",
          "under",
          "than",
          "least",
          "most",
          "only",
          "just",
          "no",
          "no.",
          "nos.",
          "number",
          "issue",
          "volume",
          "vol",
          "vol.",
          "page",
          "p.",
          "pp.",
          "flight",
          "room",
          "route",
          "highway",
          "article",
          "paragraph",
          "section",
          "chapter",
          "code",
          "model",
          "version",
          "tel",
          "fax",
          "box",
          "suite",
          "unit",
          "#",
          "exactly",
          "another",
          "additional",
          "extra",
          "up",
          "to");
  private static final Set<String> UNITS =
      Set.of(
          "million",
          "billion",
          "trillion",
          "thousand",
          "hundred",
          "percent",
          "per",
          "km",
          "kilometers",
          "kilometres",
          "miles",
          "meters",
          "metres",
          "kg",
          "kilograms",
          "tons",
          "tonnes",
          "feet",
          "ft",
          "dollars",
          "euros",
          "rubles",
          "roubles",
          "pounds",
          "yuan",
          "yen",
          "people",
          "troops",
          "soldiers",
          "posts",
          "votes",
          "times",
          "hours",
          "minutes",
          "seconds",
          "days",
          "weeks",
          "months",
          "years",
          "cases",
          "units",
          "members",
          "copies",
          "pages");
  private static final Set<String> DETERMINERS =
      Set.of("the", "this", "that", "its", "his", "her", "their", "our", "my", "your", "'s", "’s");
  private static final Set<String> YEAR_CUES =
      Set.of(
          "in", "since", "from", "until", "till", "by", "during", "before", "after", "year",
          "circa", "c.", "of");

  private final AnnotatedText annotated;

  YearContext(AnnotatedText annotated) {
    this.annotated = annotated;
  }

  /** Whether the four digits at [start, end) are a year. */
  boolean isYear(int start, int end) {
    String text = annotated.text();
    int value = Integer.parseInt(text.substring(start, end));
    if (value < FIRST || value > LAST) {
      return false;
    }
    if (!leftEdgeAllowsYear(text, start) || !rightEdgeAllowsYear(text, end)) {
      return false;
    }
    String before = wordBefore(text, start);
    String after = wordAfter(text, end);
    if (COUNT_CUES.contains(before) || UNITS.contains(after)) {
      return false;
    }
    if (value < UNMARKED_FROM && !YEAR_CUES.contains(before)) {
      return false;
    }
    return !followedByPluralNoun(end) || DETERMINERS.contains(before);
  }

  private static boolean leftEdgeAllowsYear(String text, int start) {
    if (start == 0) {
      return true;
    }
    char c = text.charAt(start - 1);
    if (c == '-' || c == '–') {
      // "2000-2001" (a range of years) or "mid-2005"; not "555-2005"
      if (start >= 2 && Character.isLetter(text.charAt(start - 2))) {
        return true;
      }
      return start >= 5
          && text.substring(start - 5, start - 1).chars().allMatch(Character::isDigit)
          && (start == 5 || !Character.isLetterOrDigit(text.charAt(start - 6)));
    }
    return !(Character.isLetterOrDigit(c) || "$€£¥#.,/:+".indexOf(c) >= 0);
  }

  private static boolean rightEdgeAllowsYear(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    boolean digitNext = end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
    if (c == '-' || c == '–') {
      if (!digitNext) {
        return true;
      }
      int digits = 0;
      while (end + 1 + digits < text.length() && Character.isDigit(text.charAt(end + 1 + digits))) {
        digits++;
      }
      return digits == 2 || digits == 4;
    }
    if ((c == '.' || c == ',' || c == ':' || c == '/') && digitNext) {
      return false;
    }
    return c != '%';
  }

  private boolean followedByPluralNoun(int end) {
    int i = annotated.tokenIndexAt(end);
    if (i >= annotated.tokens().size()) {
      return false;
    }
    Token next = annotated.tokens().get(i);
    return next.start() >= end && ("NNS".equals(next.pos()) || "NNPS".equals(next.pos()));
  }

  static String wordBefore(String text, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int e = i;
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    while (i < e && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '#') {
      i++;
    }
    return text.substring(i, e).toLowerCase(Locale.ROOT);
  }

  static String wordAfter(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int s = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(s, i).toLowerCase(Locale.ROOT);
  }
}
