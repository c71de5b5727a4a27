package org.dragoman.eval.gold;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dragoman.model.Analysis;
import org.dragoman.model.Citation;
import org.dragoman.model.Quote;
import org.dragoman.model.Span;

/**
 * Quote and reported-speech checks: the gold passage is located in the predicted body, the
 * predicted quote overlapping it most is its match, and that match's speaker and citations are
 * compared with the gold. Among quotes that overlap it equally (a statement and the outer statement
 * that reports it: "Manafort acknowledged that X, the Post reported"), the match is the one with
 * the least predicted text outside the gold passage, then the earliest.
 */
final class StatementChecks {
  private StatementChecks() {}

  static void quotes(List<GoldStatement> quotes, Analysis a, CheckList out) {
    for (GoldStatement g : quotes) {
      Span span = TextLocator.locate(a.text(), g.quote(), g.contains());
      Optional<Quote> match = span == null ? Optional.empty() : bestOverlap(span, a.quotes());
      String item = "speaker of " + CheckList.show(g.label());
      attribution(GoldTask.ATTRIBUTION, item, g, span, match, out);
      if (!g.speaker().allowsNone()) {
        out.add(
            GoldTask.QUOTES_FOUND,
            "quote " + CheckList.show(g.label()),
            match.isPresent(),
            "a quote over it",
            span == null
                ? "(gold text not in body)"
                : match.map(StatementChecks::describe).orElse("(no quote)"));
      }
      citations(g, match, a.citations(), out);
    }
  }

  static void reported(List<GoldStatement> statements, Analysis a, CheckList out) {
    for (GoldStatement g : statements) {
      Span span = TextLocator.locate(a.text(), g.quote(), g.contains());
      Optional<Quote> match = span == null ? Optional.empty() : bestOverlap(span, a.quotes());
      attribution(
          GoldTask.REPORTED_SPEECH, "speaker of " + CheckList.show(g.label()), g, span, match, out);
    }
  }

  private static void attribution(
      GoldTask task,
      String item,
      GoldStatement g,
      Span span,
      Optional<Quote> match,
      CheckList out) {
    if (span == null) {
      out.add(task, item, false, g.speaker().describe(), "(gold text not in body)");
      return;
    }
    boolean ok =
        match.map(q -> g.speaker().accepts(speakerName(q))).orElse(g.speaker().allowsNone());
    out.add(
        task,
        item,
        ok,
        g.speaker().describe(),
        match.map(StatementChecks::describe).orElse("(no quote over it)"));
  }

  private static void citations(
      GoldStatement g, Optional<Quote> match, List<Citation> predicted, CheckList out) {
    if (g.citations().isEmpty()) {
      return;
    }
    Map<String, Citation> byId =
        predicted.stream()
            .filter(c -> c.id() != null)
            .collect(Collectors.toMap(Citation::id, Function.identity(), (x, y) -> x));
    List<String> sources =
        match
            .map(
                q ->
                    q.citations().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .map(Citation::source)
                        .toList())
            .orElse(List.of());
    for (String source : g.citations()) {
      out.add(
          GoldTask.QUOTE_CITATIONS,
          "citation " + source + " of " + CheckList.show(g.label()),
          sources.stream().anyMatch(s -> s != null && s.strip().equals(source.strip())),
          source,
          match.isPresent() ? "sources " + sources : "(no quote over it)");
    }
  }

  /**
   * The predicted quote that overlaps the span most; among equals the one with the least text
   * outside the span (an inner statement, not its container), then the earliest.
   */
  static Optional<Quote> bestOverlap(Span span, List<Quote> quotes) {
    return quotes.stream()
        .filter(q -> q.start() >= 0 && q.end() >= q.start() && q.span().overlaps(span))
        .max(
            Comparator.comparingInt((Quote q) -> overlap(q.span(), span))
                .thenComparing(
                    Comparator.comparingInt(
                            (Quote q) -> q.end() - q.start() - overlap(q.span(), span))
                        .reversed())
                .thenComparing(Comparator.comparingInt(Quote::start).reversed()));
  }

  private static int overlap(Span a, Span b) {
    return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
  }

  private static String speakerName(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  private static String describe(Quote q) {
    String text = q.text() == null ? "" : q.text();
    return "speaker "
        + CheckList.show(speakerName(q))
        + " on "
        + q.kind()
        + " "
        + CheckList.show(CheckList.abbreviate(text, 50))
        + " ["
        + q.start()
        + ","
        + q.end()
        + ")";
  }
}
