package org.dragoman.record.date;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.CalendarWords.Kind;

/**
 * English month and weekday names, with the usual news abbreviations, as regular-expression
 * alternations of the capitalized words of {@link CalendarWords}.
 */
final class Months {
  private static final Set<String> ENGLISH = Set.of("en");

  /** Alternation of month names and abbreviations for regular expressions, longest first. */
  static final String MONTH_NAMES =
      capitalizedAlternation(CalendarWords.words(Kind.MONTH, ENGLISH, true));

  /** Alternation of the month names written out, longest first. */
  static final String FULL_MONTH_NAMES =
      capitalizedAlternation(CalendarWords.words(Kind.MONTH, ENGLISH, false));

  /** Alternation of weekday names for regular expressions. */
  static final String WEEKDAY_NAMES =
      capitalizedAlternation(CalendarWords.words(Kind.WEEKDAY, ENGLISH, false));

  private static final Map<String, Integer> NUMBERS = CalendarWords.monthNumbers(ENGLISH);

  private Months() {}

  /** The month number 1-12 of a name or abbreviation ("Oct", "October", "Sept."). */
  static int number(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    Integer n = NUMBERS.get(key);
    if (n == null) {
      throw new IllegalArgumentException("not a month: " + name);
    }
    return n;
  }

  /** The weekday of a name ("Tuesday"). */
  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String capitalizedAlternation(Set<String> words) {
    List<String> capitalized =
        words.stream().map(CalendarWords::capitalized).collect(Collectors.toList());
    return CalendarWords.alternation(capitalized);
  }
}
