package org.dragoman.structure.html;

/** Runs of white space in a page's texts made single spaces, without a regex or a needless copy. */
final class WhiteSpace {
  private WhiteSpace() {}

  /**
   * The text with each run of white space ({@code \s}) made one space; the text itself when it has
   * none to change, without the copy a replacement makes.
   */
  static String singleSpaced(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? i + 1 < n && space(s.charAt(i + 1)) : space(c)) {
        return collapsed(s, i);
      }
    }
    return s;
  }

  /** {@code s} with its runs of {@code \s} from {@code from} on made one space each. */
  private static String collapsed(String s, int from) {
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, from);
    boolean inSpace = from > 0 && space(s.charAt(from - 1));
    for (int i = from, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      boolean space = space(c);
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString();
  }

  /** The characters of {@code \s}. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
