package org.dragoman.record.date;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The document date that year-less dates are placed against.
 *
 * @param date the date; for a month or year precision its middle (the 15th, July 1st)
 * @param precision {@link ChronoUnit#DAYS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS}
 * @param fromPage true when the page states it; false when inferred from the content (then weekdays
 *     and "yesterday" are not resolved against it)
 */
record Anchor(LocalDate date, ChronoUnit precision, boolean fromPage) {

  /** The anchor of a page date "YYYY-MM-DD[THH:MM]", "YYYY-MM" or "YYYY"; null when unreadable. */
  static Anchor ofPageDate(String published) {
    if (published == null) {
      return null;
    }
    try {
      if (published.length() >= 10 && published.charAt(4) == '-' && published.charAt(7) == '-') {
        return new Anchor(LocalDate.parse(published.substring(0, 10)), ChronoUnit.DAYS, true);
      }
      if (published.matches("\\d{4}-\\d{2}")) {
        LocalDate first = LocalDate.parse(published + "-01");
        return new Anchor(first.withDayOfMonth(15), ChronoUnit.MONTHS, true);
      }
      if (published.matches("\\d{4}")) {
        return new Anchor(LocalDate.of(Integer.parseInt(published), 7, 1), ChronoUnit.YEARS, true);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  static Anchor ofInferredYear(int year) {
    return new Anchor(LocalDate.of(year, 7, 1), ChronoUnit.YEARS, false);
  }

  boolean isDay() {
    return precision == ChronoUnit.DAYS;
  }

  /** How far from the date a year-less date may lie and still count as "not after it". */
  long graceDays() {
    return precision == ChronoUnit.DAYS ? 1 : 16;
  }
}
