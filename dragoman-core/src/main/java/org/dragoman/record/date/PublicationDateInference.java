package org.dragoman.record.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.dragoman.model.Comment;

/**
 * Infers when an undated document was written from what it says. The year is the latest year the
 * text mentions in a clause that is not about the future, or the year after it when the text looks
 * ahead to that one ("may exceed $2 billion in 2005" after "in 2004": a forecast for the current
 * year) or reports a figure for that whole year ("trade reached a record in 2022": the year is
 * over); a forecast further ahead says little. A month-day written with its weekday ("Tuesday,
 * March 14") moves the year to the first one, from there on, on which that day is that weekday.
 * Reader comments bound it from above. The earliest possible date is the latest full date the
 * document cites outside future clauses: a document cannot be older than what it reports.
 */
final class PublicationDateInference {

  /**
   * An expression with the tense of its clause.
   *
   * @param wholeYear true for a bare year that a clause reports a figure for ("grew in 2004")
   */
  record Placed(DateExpression expression, Tense tense, boolean wholeYear) {}

  /** How many years on a month-day's weekday may move the year: the longest gap of the cycle. */
  private static final int WEEKDAY_REACH_YEARS = 11;

  /** The inferred year with the reason for it. */
  record InferredYear(int year, String reason) {}

  private final List<Comment> comments;

  PublicationDateInference(List<Comment> comments) {
    this.comments = comments;
  }

  /** The year of the document, or empty when the text gives none. */
  Optional<InferredYear> year(List<Placed> placed) {
    return fromPastYears(placed).map(y -> agreeWithWeekdays(y, placed));
  }

  private Optional<InferredYear> fromPastYears(List<Placed> placed) {
    OptionalInt bound = latestPossibleYear();
    int past = Integer.MIN_VALUE;
    Placed latest = null;
    for (Placed p : placed) {
      DateExpression e = p.expression();
      if (!e.hasExplicitYear() || (bound.isPresent() && e.year() > bound.getAsInt())) {
        continue;
      }
      if (isPast(p.tense()) && e.year() >= past) {
        latest = e.year() > past || latest == null || !latest.wholeYear() ? p : latest;
        past = e.year();
      }
    }
    if (past == Integer.MIN_VALUE) {
      // years only in present or future clauses bound the date from above, not from below
      return Optional.empty();
    }
    final int latestPast = past;
    boolean withinBound = bound.isEmpty() || latestPast + 1 <= bound.getAsInt();
    boolean nextYearAhead =
        withinBound
            && placed.stream()
                .anyMatch(
                    p ->
                        p.expression().hasExplicitYear()
                            && !isPast(p.tense())
                            && p.expression().year() == latestPast + 1);
    if (nextYearAhead) {
      return Optional.of(
          new InferredYear(
              latestPast + 1,
              String.format(
                  Locale.ROOT,
                  "the latest year it reports in the past tense is %d and it speaks of %d as"
                      + " present or to come",
                  latestPast,
                  latestPast + 1)));
    }
    if (withinBound && latest.wholeYear()) {
      return Optional.of(
          new InferredYear(
              latestPast + 1,
              String.format(
                  Locale.ROOT,
                  "it reports a figure for the whole of %d, the latest year it mentions in the past"
                      + " tense, so that year is over",
                  latestPast)));
    }
    return Optional.of(
        new InferredYear(
            latestPast, "the latest year it reports in the past tense, " + latestPast));
  }

  /**
   * The first year from the inferred one on which every month-day written with a weekday falls on
   * that weekday; the inferred year when it agrees already, or when no year within reach does.
   */
  private InferredYear agreeWithWeekdays(InferredYear inferred, List<Placed> placed) {
    List<DateExpression> pinned =
        placed.stream()
            .map(Placed::expression)
            .filter(e -> e.kind() == DateExpression.Kind.MONTH_DAY && e.weekday() != 0)
            .toList();
    if (pinned.isEmpty()) {
      return inferred;
    }
    OptionalInt bound = latestPossibleYear();
    int last = inferred.year() + WEEKDAY_REACH_YEARS;
    if (bound.isPresent()) {
      last = Math.min(last, bound.getAsInt());
    }
    for (int y = inferred.year(); y <= last; y++) {
      final int year = y;
      if (pinned.stream().allMatch(e -> fallsOnItsWeekday(e, year))) {
        if (y == inferred.year()) {
          return inferred;
        }
        DateExpression e = pinned.get(0);
        String weekday = DayOfWeek.of(e.weekday()).name();
        return new InferredYear(
            y,
            String.format(
                Locale.ROOT,
                "%s; the text gives %s %d as a %s, which it is next in %d",
                inferred.reason(),
                Month.of(e.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                e.day(),
                weekday.charAt(0) + weekday.substring(1).toLowerCase(Locale.ROOT),
                y));
      }
    }
    return inferred;
  }

  private static boolean fallsOnItsWeekday(DateExpression e, int year) {
    try {
      return LocalDate.of(year, e.month(), e.day()).getDayOfWeek().getValue() == e.weekday();
    } catch (DateTimeException ex) {
      return false;
    }
  }

  /** Whether a clause reports something that has happened (or a source already published). */
  static boolean isPast(Tense tense) {
    return tense == Tense.PAST || tense == Tense.CITED;
  }

  /** The earliest comment's date: the document is not younger than its first comment. */
  Optional<LocalDate> latestPossibleDate() {
    return comments.stream()
        .map(Comment::published)
        .map(Anchor::ofPageDate)
        .filter(a -> a != null && a.isDay())
        .map(Anchor::date)
        .min(LocalDate::compareTo);
  }

  private OptionalInt latestPossibleYear() {
    return comments.stream()
        .map(Comment::published)
        .filter(p -> p != null && p.matches("\\d{4}.*"))
        .mapToInt(p -> Integer.parseInt(p.substring(0, 4)))
        .min();
  }
}
