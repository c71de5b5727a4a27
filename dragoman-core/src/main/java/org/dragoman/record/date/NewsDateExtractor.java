package org.dragoman.record.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.DateMention;
import org.dragoman.model.Page;
import org.dragoman.record.date.DateExpression.Kind;
import org.dragoman.record.date.PublicationDateInference.InferredYear;
import org.dragoman.record.date.PublicationDateInference.Placed;

/**
 * Dates of a news body: "October 21", "21 Oct. 2005", "10/21/2005", "2005-10-21", "October 2005",
 * "in 1999", "on Tuesday", "yesterday". Year-less dates are placed against the page's date; when
 * the page has none, the year and the earliest possible publication date are inferred from the
 * content, and the evidence says how. Stateless and thread-safe.
 */
public final class NewsDateExtractor implements DateExtractor {
  @Override
  public Dating extract(Page page, AnnotatedText annotated) {
    String text = annotated.text();
    TenseReader tenses = new TenseReader(annotated);
    WholeYearReader wholeYears = new WholeYearReader(annotated);
    List<Placed> placed = new ArrayList<>();
    for (DateExpression e : new DateExpressionFinder(annotated).find()) {
      placed.add(new Placed(e, tenses.at(e.start()), wholeYears.isWholeYear(e)));
    }
    Anchor anchor = Anchor.ofPageDate(page.published());
    PublicationDateInference inference = new PublicationDateInference(page.comments());
    Optional<InferredYear> inferred = Optional.empty();
    if (anchor == null) {
      inferred = inference.year(placed);
      anchor = inferred.map(y -> Anchor.ofInferredYear(y.year())).orElse(null);
    }
    DateResolver resolver = new DateResolver(anchor);
    List<DateMention> mentions = new ArrayList<>();
    Placed latestCited = null;
    LocalDate latest = null;
    Optional<LocalDate> bound = inference.latestPossibleDate();
    for (Placed p : placed) {
      DateExpression e = p.expression();
      Optional<String> value = resolver.value(e, p.tense());
      if (value.isEmpty()) {
        continue;
      }
      mentions.add(
          new DateMention(text.substring(e.start(), e.end()), e.start(), e.end(), value.get()));
      boolean cited =
          (e.kind() == Kind.FULL || e.kind() == Kind.MONTH_DAY)
              && PublicationDateInference.isPast(p.tense());
      if (cited) {
        LocalDate d = LocalDate.parse(value.get());
        if ((bound.isEmpty() || !d.isAfter(bound.get())) && (latest == null || d.isAfter(latest))) {
          latest = d;
          latestCited = p;
        }
      }
    }
    if (page.published() != null || inferred.isEmpty()) {
      return new Dating(
          mentions, page.published(), page.published() == null ? null : page.publishedEvidence());
    }
    InferredYear year = inferred.get();
    if (latest != null && latest.getYear() >= year.year()) {
      DateExpression e = latestCited.expression();
      String evidence =
          String.format(
              Locale.ROOT,
              "inferred: cites %s (%s), the latest date it cites; year %d from the text (%s)",
              text.substring(e.start(), e.end()),
              latest,
              year.year(),
              year.reason());
      return new Dating(mentions, latest.toString(), evidence);
    }
    String evidence =
        String.format(
            Locale.ROOT, "inferred: year %d from the text (%s)", year.year(), year.reason());
    return new Dating(mentions, String.format(Locale.ROOT, "%04d", year.year()), evidence);
  }
}
