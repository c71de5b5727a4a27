package org.dragoman.structure.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The date a page shows its readers next to the article (the text of a {@code <time>} or of an
 * element named like a date), used to correct a machine-readable date written in another time zone:
 * "2022-05-04T03:37Z" in the metadata of a page that shows "3 May 2022" was published on May 3
 * where it appeared.
 */
final class VisibleDate {
  private static final int MAX_ELEMENTS = 12;
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

  private VisibleDate() {}

  /**
   * The declared date, or the visible date when that is one day off and the declared one is a time
   * in UTC or without a zone (a time-zone shift); a time with its own offset is already local.
   *
   * @param declared the normalized declared date
   * @param raw the declared value as the page writes it
   * @return the date and its evidence
   */
  static String[] prefer(
      String declared,
      String raw,
      String evidence,
      List<Element> times,
      List<Element> datedByName,
      PageNames names) {
    if (!universalTime(raw)) {
      return new String[] {declared, evidence};
    }
    String visible = find(times, datedByName, names);
    if (visible != null && oneDayApart(declared, visible)) {
      return new String[] {visible, evidence + ", shifted to the date the page shows"};
    }
    return new String[] {declared, evidence};
  }

  /** The first date written in the text of a {@code <time>} or date-named element, or null. */
  static String find(List<Element> times, List<Element> datedByName, PageNames names) {
    String d = firstIn(times, names);
    return d != null ? d : firstIn(datedByName, names);
  }

  private static String firstIn(List<Element> elements, PageNames names) {
    int seen = 0;
    for (Element e : elements) {
      if (seen++ >= MAX_ELEMENTS) {
        break;
      }
      if (MetadataExtractor.insideComment(e, names) || MetadataExtractor.insideBoilerplate(e)) {
        continue;
      }
      String text = e.text();
      if (text.length() < 80) {
        String d = DateNormalizer.normalize(text);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the value holds a time of day in UTC or with no zone at all. */
  static boolean universalTime(String raw) {
    if (raw == null) {
      return false;
    }
    Matcher m = TIME.matcher(raw);
    if (!m.find()) {
      return false;
    }
    String zone = raw.substring(m.end()).strip();
    return zone.isEmpty()
        || zone.startsWith("Z")
        || zone.startsWith("+00")
        || zone.startsWith("-00")
        || zone.startsWith("GMT")
        || zone.startsWith("UTC");
  }

  private static boolean oneDayApart(String a, String b) {
    try {
      LocalDate x = LocalDate.parse(a.substring(0, 10));
      LocalDate y = LocalDate.parse(b.substring(0, 10));
      return Math.abs(x.toEpochDay() - y.toEpochDay()) == 1;
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return false;
    }
  }
}
