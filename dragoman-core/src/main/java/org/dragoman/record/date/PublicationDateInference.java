package org.dragoman.record.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.dragoman.model.Comment;

/**
 * Infers when an undated document was written from what it says. The year is the latest year the
 * text mentions in a clause that is not about the future, or the year after it when the text looks
 * ahead to that one ("may exceed $2 billion in 2005" after "in 2004": a forecast for the current
 * year); a forecast further ahead says little. Reader comments bound it from above. The earliest
 * possible date is the latest full date the document cites outside future clauses: a document
 * cannot be older than what it reports.
 */
final class PublicationDateInference {

  /** An expression with the tense of its clause. */
  record Placed(DateExpression expression, Tense tense) {}

  /** The inferred year with the reason for it. */
  record InferredYear(int year, String reason) {}

  private final List<Comment> comments;

  PublicationDateInference(List<Comment> comments) {
    this.comments = comments;
  }

  /** The year of the document, or empty when the text gives none. */
  Optional<InferredYear> year(List<Placed> placed) {
    OptionalInt bound = latestPossibleYear();
    int past = Integer.MIN_VALUE;
    for (Placed p : placed) {
      DateExpression e = p.expression();
      if (!e.hasExplicitYear() || (bound.isPresent() && e.year() > bound.getAsInt())) {
        continue;
      }
      if (isPast(p.tense())) {
        past = Math.max(past, e.year());
      }
    }
    if (past == Integer.MIN_VALUE) {
      // years only in present or future clauses bound the date from above, not from below
      return Optional.empty();
    }
    final int latestPast = past;
    boolean nextYearAhead =
        placed.stream()
            .anyMatch(
                p ->
                    p.expression().hasExplicitYear()
                        && !isPast(p.tense())
                        && p.expression().year() == latestPast + 1
                        && (bound.isEmpty() || latestPast + 1 <= bound.getAsInt()));
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
    return Optional.of(
        new InferredYear(
            latestPast, "the latest year it reports in the past tense, " + latestPast));
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
