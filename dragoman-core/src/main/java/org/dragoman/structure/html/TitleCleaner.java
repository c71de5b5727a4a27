package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site name that pages write before or after a headline ("Headline | Site", "Site »
 * Headline", "标题-网站"), recognizing it by the site's declared name and host.
 */
final class TitleCleaner {
  /**
   * A separator: a mark between spaces, a bar, or a dash, underscore or bar right after a Chinese
   * character or full-width punctuation (a look-ahead tests the mark before the look-behind looks
   * up the script of the character before it, which is costly at every position).
   */
  static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s+[|–—»›·•:/-]\\s+|\\s+::\\s+|\\s*\\|\\s*|(?=[-_|｜])(?<=[\\p{IsHan}！？。”])[-_|｜]");

  private final SiteIdentity site;

  TitleCleaner(SiteIdentity site) {
    this.site = site;
  }

  /**
   * The title without site-name parts at either end; with {@code guess}, also without a short
   * unrecognized part after the last separator (as {@code <title>} elements often end).
   */
  String clean(String title, boolean guess) {
    return title == null ? null : clean(Parts.of(title), guess);
  }

  /** A title with its white space collapsed to single spaces, and its separators in that text. */
  record Parts(String text, List<int[]> separators) {
    static Parts of(String title) {
      String t = WhiteSpace.singleSpaced(title.strip());
      return new Parts(t, TitleCleaner.separators(t));
    }
  }

  /** {@link #clean(String, boolean)} of a title already split into its parts. */
  String clean(Parts title, boolean guess) {
    String t = title.text();
    if (t.isEmpty()) {
      return null;
    }
    List<int[]> seps = title.separators();
    if (seps.isEmpty()) {
      return t;
    }
    int start = 0;
    int end = t.length();
    int first = 0;
    int last = seps.size() - 1;
    while (first <= last && site.names(t.substring(seps.get(last)[1], end))) {
      end = seps.get(last)[0];
      last--;
    }
    if (end == t.length()) {
      // A declared name that holds a separator itself ("Review - News Opinion") spans segments.
      for (int j = first; j < last; j++) {
        if (site.is(t.substring(seps.get(j)[1]))) {
          end = seps.get(j)[0];
          last = j - 1;
          break;
        }
      }
    }
    while (first <= last && site.names(t.substring(start, seps.get(first)[0]))) {
      start = seps.get(first)[1];
      first++;
    }
    String kept = t.substring(start, end).strip();
    if (kept.isEmpty()) {
      return t;
    }
    if (!guess || kept.length() < t.length()) {
      return kept;
    }
    int[] lastSep = seps.get(seps.size() - 1);
    String tail = t.substring(lastSep[1]).strip();
    String before = t.substring(0, lastSep[0]).strip();
    if (t.substring(lastSep[0], lastSep[1]).indexOf(':') < 0
        && tail.split(" ").length <= 4
        && before.length() >= tail.length()) {
      return before;
    }
    return t;
  }

  /** Whether the text holds a mark that each of {@link #SEPARATOR}'s separators holds. */
  private static boolean anyMark(String t) {
    for (int i = 0, n = t.length(); i < n; i++) {
      switch (t.charAt(i)) {
        case '|', '–', '—', '»', '›', '·', '•', ':', '/', '-', '_', '｜' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * Where the title's parts meet: the start and end of each separator (" | ", " - ", " :: ", ...)
   * in the title with its white space already collapsed to single spaces.
   */
  static List<int[]> separators(String t) {
    List<int[]> out = new ArrayList<>();
    if (!anyMark(t)) {
      return out; // most headings: no position to try the expression at
    }
    Matcher m = SEPARATOR.matcher(t);
    while (m.find()) {
      if (m.end() > m.start()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }
}
