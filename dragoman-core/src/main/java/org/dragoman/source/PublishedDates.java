package org.dragoman.source;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords;

/**
 * Normalizes the publication dates that containers give (ISO 8601, RFC 822 feed dates, news-please
 * timestamps) to the analysis format: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, keeping the
 * local date and time as written (the offset is dropped, never applied).
 */
final class PublishedDates {
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern RFC822 =
      Pattern.compile(
          "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:\\s+\\S+)?");

  /** English month names and abbreviations, which feed dates (RFC 822) are written in. */
  private static final Map<String, Integer> MONTHS = CalendarWords.monthNumbers(Set.of("en"));

  private PublishedDates() {}

  /** The date in the analysis format, or null when it is missing or not a date. */
  static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      Matcher m = YEAR_MONTH.matcher(s);
      if (m.matches()) {
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
        return s;
      }
      m = ISO.matcher(s);
      if (m.matches()) {
        return format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
      }
      m = RFC822.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
          return null;
        }
        String day = m.group(1).length() == 1 ? "0" + m.group(1) : m.group(1);
        String hour =
            m.group(4) == null ? null : (m.group(4).length() == 1 ? "0" : "") + m.group(4);
        return format(
            m.group(3),
            String.format(Locale.ROOT, "%02d", month),
            day,
            hour,
            m.group(5),
            m.group(6));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** An instant as YYYY-MM-DDTHH:MM in UTC (when no written form is available). */
  static String ofInstant(Instant instant) {
    return instant == null
        ? null
        : instant.atOffset(ZoneOffset.UTC).toLocalDateTime().toString().substring(0, 16);
  }

  /** Date, plus time unless it is exactly midnight (which sources write for "date only"). */
  private static String format(
      String year, String month, String day, String hour, String minute, String second) {
    LocalDate date =
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    String iso = date.toString();
    if (hour == null) {
      return iso;
    }
    int h = Integer.parseInt(hour);
    int min = Integer.parseInt(minute);
    int sec = second == null ? 0 : Integer.parseInt(second);
    if (h > 23 || min > 59 || sec > 60) {
      return iso;
    }
    if (h == 0 && min == 0 && sec == 0) {
      return iso;
    }
    return String.format(Locale.ROOT, "%sT%02d:%02d", iso, h, min);
  }
}
