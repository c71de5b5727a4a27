package org.dragoman.structure.html;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The date a page shows its readers next to the article (the text of a {@code <time>} or of an
 * element named like a date after the headline, the text beside the headline, or the URL), used to
 * correct a machine-readable date written in another time zone: "2022-05-04T03:37Z" in the metadata
 * of a page that shows "3 May 2022" was published on May 3 where it appeared.
 */
final class VisibleDate {
  private static final int MAX_ELEMENTS = 12;
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

  /**
   * Local time runs at most 14 hours ahead of UTC and 12 behind; news is written between about
   * UTC+11 (eastern Australia in summer) and UTC-10 (Hawaii). A UTC time before this hour can still
   * be the next day somewhere; one at or after {@link #LATEST_PREVIOUS_DAY} cannot be the day
   * before anywhere news is written.
   */
  private static final int EARLIEST_NEXT_DAY = 13;

  private static final int LATEST_PREVIOUS_DAY = 10;

  /**
   * What the page shows around its article.
   *
   * @param times the {@code <time>} elements in document order
   * @param datedByName elements with a date itemprop or a date-like class, in document order
   * @param names the page's class and id names
   * @param order each of those elements' position in document order
   * @param headlineAt the headline's position in document order, or -1 when the page has none
   * @param header the part of the page around the headline, or null
   * @param body the page's body, or null
   * @param url the page's address, or null
   */
  record Shown(
      List<Element> times,
      List<Element> datedByName,
      PageNames names,
      Map<Element, Integer> order,
      int headlineAt,
      Element header,
      Element body,
      String url) {
    /** Whether the element comes after the headline (a date before it is the masthead's). */
    boolean afterHeadline(Element e) {
      Integer at = order.get(e);
      return headlineAt < 0 || at == null || at > headlineAt;
    }
  }

  private VisibleDate() {}

  /**
   * The declared date, or the shown date when that is one day off and the declared one is a time in
   * UTC or without a zone (a time-zone shift) at an hour from which local time can reach the shown
   * day; a time with its own offset is already local.
   *
   * @param declared the normalized declared date
   * @param raw the declared value as the page writes it
   * @return the date and its evidence
   */
  static String[] prefer(String declared, String raw, String evidence, Shown shown) {
    if (!universalTime(raw) || !mayShift(raw)) {
      return new String[] {declared, evidence};
    }
    String[] visible = find(shown);
    if (visible != null && shiftReaches(declared, visible[0], raw)) {
      return new String[] {visible[0], evidence + ", shifted to the date " + visible[1]};
    }
    return new String[] {declared, evidence};
  }

  /**
   * The first date the page shows after its headline (a {@code <time>}, then a date-named element,
   * those in the part of the page around the headline first), then one in the text beside the
   * headline, then in the URL, with where it was seen; or null.
   */
  static String[] find(Shown shown) {
    String d = shownBesideHeadline(shown);
    if (d == null) {
      d = firstIn(shown.times(), shown);
    }
    if (d == null) {
      d = firstIn(shown.datedByName(), shown);
    }
    if (d == null && shown.header() != null) {
      d = MetadataExtractor.textDate(shown.header(), shown.names());
    }
    if (d != null) {
      return new String[] {d, "the page shows"};
    }
    d = DateNormalizer.fromUrl(shown.url());
    return d == null ? null : new String[] {d, "in the URL"};
  }

  /**
   * The first date shown in the part of the page around the headline, after it: a {@code <time>}, a
   * date-named element, then the text there; null when the page has no headline or shows none.
   */
  static String nearHeadline(Shown shown) {
    String d = shownBesideHeadline(shown);
    return d != null || shown.header() == null
        ? d
        : MetadataExtractor.textDate(shown.header(), shown.names());
  }

  /**
   * The first {@code <time>} or date-named element after the headline in the part of the page
   * around it, or null.
   */
  private static String shownBesideHeadline(Shown shown) {
    Element header = shown.header();
    if (header == null) {
      return null;
    }
    String d = firstIn(shown.times(), shown, header);
    return d != null ? d : firstIn(shown.datedByName(), shown, header);
  }

  private static String firstIn(List<Element> elements, Shown shown) {
    return firstIn(elements, shown, null);
  }

  private static String firstIn(List<Element> elements, Shown shown, Element within) {
    int seen = 0;
    for (Element e : elements) {
      if (!shown.afterHeadline(e) || within != null && !DocumentOrder.contains(within, e)) {
        continue;
      }
      if (seen++ >= MAX_ELEMENTS) {
        break;
      }
      if (MetadataExtractor.insideComment(e, shown.names())
          || MetadataExtractor.insideBoilerplate(e, within)) {
        continue;
      }
      if (SolidText.longerThan(e, 79)) {
        continue; // too long for a date: no need to copy the text
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

  /**
   * Whether the value's time of day lets {@link #shiftReaches} move it a day either way: late
   * enough for the next day or early enough for the day before. Around noon it moves nowhere, and
   * the page need not be searched for the date it shows.
   */
  private static boolean mayShift(String raw) {
    Matcher m = TIME.matcher(raw);
    if (!m.find()) {
      return false;
    }
    int hour = Integer.parseInt(m.group(1));
    return hour >= EARLIEST_NEXT_DAY || hour < LATEST_PREVIOUS_DAY;
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

  /**
   * Whether a UTC time on the declared day can be the shown day in some place news is written: the
   * next day from the early afternoon on, the day before only in the early morning.
   */
  static boolean shiftReaches(String declared, String shown, String raw) {
    long days = daysBetween(declared, shown);
    if (days != 1 && days != -1) {
      return false;
    }
    Matcher m = TIME.matcher(raw);
    if (!m.find()) {
      return false;
    }
    int hour = Integer.parseInt(m.group(1));
    return days == 1 ? hour >= EARLIEST_NEXT_DAY : hour < LATEST_PREVIOUS_DAY;
  }

  private static long daysBetween(String a, String b) {
    try {
      LocalDate x = LocalDate.parse(a.substring(0, 10));
      LocalDate y = LocalDate.parse(b.substring(0, 10));
      return y.toEpochDay() - x.toEpochDay();
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return 0;
    }
  }
}
