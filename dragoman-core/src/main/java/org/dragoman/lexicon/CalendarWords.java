package org.dragoman.lexicon;

import java.util.Set;

/**
 * The English month and weekday names, lower-case: words that open dates, not names or speakers
 * ("September Washington Post-ABC News poll", "Monday").
 */
public final class CalendarWords {
  /** The twelve months, written out. */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** The months' usual abbreviations, without the full stop ("jan", "sept"; "may" is a month). */
  public static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** The seven days of the week. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}
}
