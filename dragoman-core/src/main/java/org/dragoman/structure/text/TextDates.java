package org.dragoman.structure.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords;

/**
 * Finds calendar dates written the common ways ("10/21/2005", "21.10.2005", "2005-10-21", "October
 * 21, 2005", "21 October 2005", "Oct. 21, 2005"), each with an optional time of day ("11:38 pm",
 * "at 23:38"). Numeric dates with slashes are read month first unless the first number cannot be a
 * month; dates with dots or dashes between day and month are read day first. Month and weekday
 * names come from {@link CalendarWords}, in all its languages. Stateless.
 */
public final class TextDates {
  /** Month names and abbreviations in every language of {@link CalendarWords}. */
  private static final Map<String, Integer> MONTH_NAMES = CalendarWords.monthNumbers();

  private static final Set<String> ENGLISH_MONTHS =
      CalendarWords.words(CalendarWords.Kind.MONTH, Set.of("en"), true);
  private static final String MONTH =
      "(?<month>" + CalendarWords.alternation(MONTH_NAMES.keySet()) + ")\\.?";
  private static final String WEEKDAY =
      "(?:(?:"
          + CalendarWords.alternation(
              CalendarWords.words(CalendarWords.Kind.WEEKDAY, CalendarWords.LANGUAGES, true))
          + ")\\.?,?\\s+)?";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?";
  private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)";

  private static final List<Pattern> PATTERNS =
      List.of(
          // 2005-10-21, 2005/10/21
          Pattern.compile(
              "(?<![\\d/.-])" + YEAR + "[-/](?<mnum>[01]?\\d)[-/](?<day>[0-3]?\\d)(?![\\d/])"),
          // 10/21/2005, 21/10/2005, 10/21/05
          Pattern.compile(
              "(?<![\\d/.-])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:1[89]|20)?\\d\\d)(?![\\d/])"),
          // 21.10.2005, 21-10-2005
          Pattern.compile(
              "(?<![\\d/.-])(?<day>[0-3]?\\d)[.-](?<mnum>[01]?\\d)[.-](?<year>(?:1[89]|20)\\d\\d)(?![\\d.])"),
          // Tuesday, October 21, 2005 / Oct. 21st 2005 / October 21 (no year)
          Pattern.compile(
              "(?i)\\b" + WEEKDAY + MONTH + "\\s+" + DAY + "(?!\\d)(?:,?\\s+" + YEAR + "\\b)?"),
          // 21 October 2005 / 21st of October, 2005
          Pattern.compile(
              "(?i)\\b"
                  + WEEKDAY
                  + DAY
                  + "\\s*(?:of\\s+|de\\s+)?"
                  + MONTH
                  + "(?!\\p{L})(?:,?\\s+(?:de\\s+)?"
                  + YEAR
                  + "\\b)?"));

  private static final Pattern TIME_AFTER =
      Pattern.compile(
          "(?i)^(?:,?\\s*(?:at|@|-|–|—|\\||·)?\\s*)(?<h>[0-2]?\\d)[:.](?<m>[0-5]\\d)(?::[0-5]\\d)?"
              + "\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?(?:\\s*(?-i:[A-Z]{2,4})(?:[+-]\\d{1,2}(?::?\\d\\d)?)?\\b)?");
  private static final Pattern TIME_BEFORE =
      Pattern.compile(
          "(?i)(?<h>[0-2]?\\d)[:.](?<m>[0-5]\\d)\\s*(?<ampm>[ap]\\.?\\s?m\\b\\.?)?\\s*(?:,|on|\\||·|-)?\\s*$");

  /** The first date in {@code line} (earliest start, then longest), if any. */
  public Optional<FoundDate> find(String line) {
    List<FoundDate> all = findAll(line);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every date in {@code line}, in order, without overlaps. */
  public List<FoundDate> findAll(String line) {
    if (line.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return List.of();
    }
    List<FoundDate> found = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        toDate(m).ifPresent(found::add);
      }
    }
    found.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    List<FoundDate> kept = new ArrayList<>();
    int last = -1;
    for (FoundDate d : found) {
      if (d.start() >= last) {
        FoundDate timed = withTime(line, d);
        kept.add(timed);
        last = timed.end();
      }
    }
    return kept;
  }

  /** Whether the whole of {@code line} (after trimming) is one date, with or without a time. */
  public boolean isOnlyDate(String line) {
    String s = line.strip();
    Optional<FoundDate> d = find(s);
    return d.isPresent()
        && d.get().start() == 0
        && s.substring(d.get().end()).replaceAll("[\\s,.|·]", "").isEmpty();
  }

  private static Optional<FoundDate> toDate(Matcher m) {
    Integer year = intGroup(m, "year");
    int month;
    int day;
    if (hasGroup(m, "a")) {
      int a = Integer.parseInt(m.group("a"));
      int b = Integer.parseInt(m.group("b"));
      if (a > 12) {
        day = a;
        month = b;
      } else {
        month = a;
        day = b;
      }
    } else if (hasGroup(m, "mnum")) {
      month = Integer.parseInt(m.group("mnum"));
      day = Integer.parseInt(m.group("day"));
    } else {
      String name = m.group("month").toLowerCase(Locale.ROOT);
      boolean lower = Character.isLowerCase(m.group("month").charAt(0));
      if (lower && (ENGLISH_MONTHS.contains(name) || year == null)) {
        return Optional.empty();
      }
      month = MONTH_NAMES.get(name);
      day = Integer.parseInt(m.group("day"));
    }
    if (year != null && year < 100) {
      year += year < 70 ? 2000 : 1900;
    }
    try {
      LocalDate date = LocalDate.of(year == null ? 2000 : year, month, day);
      String value =
          year == null ? String.format(Locale.ROOT, "--%02d-%02d", month, day) : date.toString();
      return Optional.of(new FoundDate(m.start(), m.end(), value, year != null, false));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static FoundDate withTime(String line, FoundDate d) {
    if (!d.hasYear()) {
      return d;
    }
    Matcher after = TIME_AFTER.matcher(line.substring(d.end()));
    if (after.find()) {
      String time = time(after);
      if (time != null) {
        return new FoundDate(d.start(), d.end() + after.end(), d.value() + "T" + time, true, true);
      }
    }
    Matcher before = TIME_BEFORE.matcher(line.substring(0, d.start()));
    if (before.find()) {
      String time = time(before);
      if (time != null) {
        return new FoundDate(before.start(), d.end(), d.value() + "T" + time, true, true);
      }
    }
    return d;
  }

  private static String time(Matcher m) {
    int h = Integer.parseInt(m.group("h"));
    int min = Integer.parseInt(m.group("m"));
    String ampm = m.group("ampm");
    if (ampm != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    } else if (h > 23) {
      return null;
    }
    return String.format(Locale.ROOT, "%02d:%02d", h, min);
  }

  private static boolean hasGroup(Matcher m, String name) {
    try {
      return m.group(name) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Integer intGroup(Matcher m, String name) {
    return hasGroup(m, name) ? Integer.valueOf(m.group(name)) : null;
  }
}
