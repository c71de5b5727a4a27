package org.dragoman.record.date;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** English month and weekday names, with the usual news abbreviations. */
final class Months {
  /** Alternation of month names for regular expressions, longest first. */
  static final String MONTH_NAMES =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

  /** Alternation of weekday names for regular expressions. */
  static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private Months() {}

  /** The month number 1-12 of a name or abbreviation ("Oct", "October", "Sept."). */
  static int number(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Integer n = key.length() < 3 ? null : NUMBERS.get(key.substring(0, 3));
    if (n == null) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return n;
  }

  /** The weekday of a name ("Tuesday"). */
  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
