package org.dragoman.structure.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The date a page shows its readers next to the article (the text of a {@code <time>} or of an
 * element named like a date), used to correct a machine-readable date written in another time zone:
 * "2022-05-04T03:37Z" in the metadata of a page that shows "3 May 2022" was published on May 3
 * where it appeared.
 */
final class VisibleDate {
  private static final int MAX_ELEMENTS = 12;

  private VisibleDate() {}

  /**
   * The declared date, or the visible date when that is one day off (a time-zone shift).
   *
   * @return the date and its evidence
   */
  static String[] prefer(
      String declared,
      String evidence,
      List<Element> times,
      List<Element> datedByName,
      PageNames names) {
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
