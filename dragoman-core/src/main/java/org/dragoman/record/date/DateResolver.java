package org.dragoman.record.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Places a date expression on the calendar against an anchor. A month-day without a year takes the
 * year among the anchor's year and its neighbours that puts it closest to the anchor, preferring
 * the past in a past-tense clause and the future in a future one, and, when it is written with its
 * weekday, the year in which it falls on that weekday. Weekdays and "yesterday" need a day-precise
 * date stated by the page.
 */
final class DateResolver {
  /** How far a clause's tense may pull a year-less date away from the nearest candidate. */
  private static final long TENSE_REACH_DAYS = 300;

  private final Anchor anchor;

  /**
   * @param anchor the document date, or null when unknown
   */
  DateResolver(Anchor anchor) {
    this.anchor = anchor;
  }

  /** The calendar value ("YYYY-MM-DD", "YYYY-MM", "YYYY"), or empty when it cannot be placed. */
  Optional<String> value(DateExpression e, Tense tense) {
    switch (e.kind()) {
      case FULL:
        return Optional.of(day(LocalDate.of(e.year(), e.month(), e.day())));
      case MONTH_YEAR:
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", e.year(), e.month()));
      case YEAR:
        return Optional.of(String.format(Locale.ROOT, "%04d", e.year()));
      case MONTH_DAY:
        return monthDay(e, tense).map(DateResolver::day);
      case MONTH:
        return month(e, tense);
      case WEEKDAY:
        return weekday(e, tense).map(DateResolver::day);
      case RELATIVE_DAY:
        return anchor != null && anchor.isDay() && anchor.fromPage()
            ? Optional.of(day(anchor.date().plusDays(e.shift())))
            : Optional.empty();
      case RELATIVE_MONTH:
        return anchor != null && anchor.fromPage() && anchor.precision() != ChronoUnit.YEARS
            ? Optional.of(anchor.date().plusMonths(e.shift()).toString().substring(0, 7))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Optional<LocalDate> monthDay(DateExpression e, Tense tense) {
    if (anchor == null) {
      return Optional.empty();
    }
    int year = anchor.date().getYear();
    if (anchor.precision() == ChronoUnit.YEARS) {
      return date(year, e.month(), e.day());
    }
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      date(y, e.month(), e.day()).ifPresent(candidates::add);
    }
    if (e.weekday() != 0) {
      // "Tuesday, December 30": the year in which that day is that weekday, when one is
      List<LocalDate> agreeing =
          candidates.stream().filter(d -> d.getDayOfWeek().getValue() == e.weekday()).toList();
      if (!agreeing.isEmpty()) {
        return closest(agreeing, tense);
      }
    }
    return closest(candidates, tense);
  }

  private Optional<String> month(DateExpression e, Tense tense) {
    if (anchor == null) {
      return Optional.empty();
    }
    int year = anchor.date().getYear();
    if (anchor.precision() == ChronoUnit.YEARS) {
      return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, e.month()));
    }
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      candidates.add(LocalDate.of(y, e.month(), 15));
    }
    return closest(candidates, tense)
        .map(d -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
  }

  private Optional<LocalDate> weekday(DateExpression e, Tense tense) {
    if (anchor == null || !anchor.isDay() || !anchor.fromPage()) {
      return Optional.empty();
    }
    LocalDate ref = anchor.date();
    int back = Math.floorMod(ref.getDayOfWeek().getValue() - e.weekday(), 7);
    int ahead = Math.floorMod(e.weekday() - ref.getDayOfWeek().getValue(), 7);
    if (e.shift() < 0) {
      return Optional.of(ref.minusDays(back == 0 ? 7 : back));
    }
    if (e.shift() > 0) {
      return Optional.of(ref.plusDays(ahead == 0 ? 7 : ahead));
    }
    if (tense == Tense.PRESENT) {
      // "Belov returns to Moscow on Sunday": the nearest such day, the past one on a tie
      return Optional.of(ahead < back ? ref.plusDays(ahead) : ref.minusDays(back));
    }
    return Optional.of(tense == Tense.FUTURE ? ref.plusDays(ahead) : ref.minusDays(back));
  }

  /**
   * The candidate closest to the anchor; in a past-tense clause the closest one not after it
   * instead, when that lies within 300 days (and the converse in a future clause); a cited item is
   * never after the anchor.
   */
  private Optional<LocalDate> closest(List<LocalDate> candidates, Tense tense) {
    LocalDate ref = anchor.date();
    long grace = anchor.graceDays();
    Comparator<LocalDate> byDistance =
        Comparator.comparingLong((LocalDate c) -> Math.abs(ChronoUnit.DAYS.between(ref, c)))
            .thenComparing(Comparator.naturalOrder());
    Optional<LocalDate> nearest = candidates.stream().min(byDistance);
    if (nearest.isEmpty() || tense == Tense.PRESENT) {
      return nearest;
    }
    boolean backwards = tense == Tense.PAST || tense == Tense.CITED;
    Optional<LocalDate> onTheSide =
        candidates.stream()
            .filter(
                c -> {
                  long days = ChronoUnit.DAYS.between(ref, c);
                  return backwards ? days <= grace : days >= -grace;
                })
            .min(byDistance);
    if (tense == Tense.CITED) {
      return onTheSide.or(() -> nearest);
    }
    return onTheSide
        .filter(c -> Math.abs(ChronoUnit.DAYS.between(ref, c)) <= TENSE_REACH_DAYS)
        .or(() -> nearest);
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String day(LocalDate d) {
    return d.toString();
  }
}
