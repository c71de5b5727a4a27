package org.dragoman.structure.html;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords;

/**
 * Turns a date as pages write it into "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", or null. Month names are
 * read in every language of {@link CalendarWords}.
 */
public final class DateNormalizer {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2}))?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?:\\D{0,8}?(\\d{1,2})[:.](\\d{2}))?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?([\\p{L}]{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "([\\p{L}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DAY_FIRST_SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

  /** "28.09.19": day, month and a two-digit year of this century, not part of a longer number. */
  private static final Pattern DOTTED_SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{2})(?![\\d.])");

  private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Z}\\t]+");
  private static final Map<String, Integer> MONTHS = CalendarWords.monthNumbers();

  private DateNormalizer() {}

  /** The date in {@code raw}, or null when none is recognizable. */
  public static String normalize(String raw) {
    if (raw == null || fewerDigits(raw, 4)) {
      return null; // every form holds a year, or a day, month and two-digit year: four digits
    }
    String s = SPACE_LIKE.matcher(raw).replaceAll(" ").strip();
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
    }
    m = SLASHED.matcher(s);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3), null, null);
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3), null, null);
    }
    m = DOTTED.matcher(s);
    if (m.find()) {
      return format(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5));
    }
    m = DAY_FIRST_SLASHED.matcher(s);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      boolean monthFirst = b > 12 && a <= 12;
      return monthFirst
          ? format(m.group(3), m.group(1), m.group(2), null, null)
          : format(m.group(3), m.group(2), m.group(1), null, null);
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        return format(m.group(3), String.valueOf(month), m.group(1), null, null);
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        return format(m.group(3), String.valueOf(month), m.group(2), null, null);
      }
    }
    m = DOTTED_SHORT_YEAR.matcher(s);
    if (m.find()) {
      return format("20" + m.group(3), m.group(2), m.group(1), null, null);
    }
    return null;
  }

  /**
   * Whether the text holds fewer than {@code n} digits ({@code \\d}, also as the expressions read
   * it in any script); a surrogate half counts as one, since a digit beyond the BMP is two.
   */
  private static boolean fewerDigits(String s, int n) {
    int digits = 0;
    for (int i = 0, length = s.length(); i < length; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c >= 0x80 && (Character.isDigit(c) || Character.isSurrogate(c))) {
        if (++digits >= n) {
          return false;
        }
      }
    }
    return true;
  }

  /** A date written in a URL path such as "/2012/05/31/", or null. */
  public static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      return format(m.group(1), m.group(2), m.group(3), null, null);
    }
    m = URL_DAY_FIRST.matcher(url);
    if (!m.find()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    return b > 12 && a <= 12
        ? format(m.group(3), m.group(1), m.group(2), null, null)
        : format(m.group(3), m.group(2), m.group(1), null, null);
  }

  /**
   * A day, month and year as a whole path segment or its opening ("/29-10-2021", "/29-10-2021-
   * title"): day first, as most of the world writes it, unless the second number cannot be a month.
   */
  private static final Pattern URL_DAY_FIRST =
      Pattern.compile("/(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?:[/?#.-]|$)");

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  private static String format(String y, String mo, String d, String h, String mi) {
    int year = Integer.parseInt(y);
    int month = Integer.parseInt(mo);
    int day = Integer.parseInt(d);
    if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    String date = year + "-" + twoDigits(month) + "-" + twoDigits(day);
    if (h != null && mi != null) {
      int hour = Integer.parseInt(h);
      int minute = Integer.parseInt(mi);
      if (hour < 24 && minute < 60 && (hour != 0 || minute != 0)) {
        return date + "T" + twoDigits(hour) + ":" + twoDigits(minute);
      }
    }
    return date;
  }

  /** A number from 0 to 99 with two digits (what "%02d" writes, without a formatter's cost). */
  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
