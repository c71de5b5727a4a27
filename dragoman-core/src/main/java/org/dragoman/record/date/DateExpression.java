package org.dragoman.record.date;

/**
 * A date as written in the body, before it is placed on the calendar.
 *
 * @param start offset in the body text
 * @param end offset after it
 * @param kind what it gives
 * @param year the year when written, else 0
 * @param month the month 1-12 when written, else 0
 * @param day the day of the month when written, else 0
 * @param shift for weekdays: -1 "last", +1 "next", 0 none; for relative days and months the offset
 *     in days or months
 * @param weekday for weekdays, and for a month-day written with its weekday ("Tuesday, March 14"),
 *     the ISO day number 1 (Monday) to 7, else 0
 */
record DateExpression(
    int start, int end, Kind kind, int year, int month, int day, int shift, int weekday) {

  /** What a date expression gives. */
  enum Kind {
    /** Year, month and day: "October 21, 2005", "2005-10-21". */
    FULL,
    /** Month and day, no year: "October 21", "21 Oct.". */
    MONTH_DAY,
    /** Month and year: "October 2005". */
    MONTH_YEAR,
    /** A month alone after a preposition: "in October". */
    MONTH,
    /** A year alone: "in 1999". */
    YEAR,
    /** A weekday: "on Tuesday", "last Friday". */
    WEEKDAY,
    /** A day relative to the document date: "yesterday". */
    RELATIVE_DAY,
    /** A month relative to the document date: "this month", "last month". */
    RELATIVE_MONTH
  }

  DateExpression withWeekday(int isoDay) {
    return new DateExpression(start, end, kind, year, month, day, shift, isoDay);
  }

  int length() {
    return end - start;
  }

  boolean hasExplicitYear() {
    return kind == Kind.FULL || kind == Kind.MONTH_YEAR || kind == Kind.YEAR;
  }
}
