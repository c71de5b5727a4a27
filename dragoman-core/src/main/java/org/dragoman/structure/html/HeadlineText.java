package org.dragoman.structure.html;

import java.util.Locale;

/**
 * One way to compare headlines however a page typed them: lower case, typographic quotes and dashes
 * made plain, an ellipsis character read as three dots, invisible format characters (soft hyphens,
 * zero-width spaces) dropped, every run of white space read as one space and none before a colon
 * ("Kicker : Headline" is "Kicker: Headline").
 */
final class HeadlineText {
  private HeadlineText() {}

  /** The comparable form of a headline; "" for null. */
  static String normal(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (space) {
        if (c != ':') {
          b.append(' ');
        }
        space = false;
      }
      switch (c) {
        case '\u2019', '\u2018', '\u201a', '\u00b4' -> b.append('\'');
        case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> b.append('"');
        case '\u2013', '\u2014' -> b.append('-');
        case '\u2026' -> b.append("...");
        default -> b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
