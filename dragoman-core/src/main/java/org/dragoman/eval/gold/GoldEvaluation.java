package org.dragoman.eval.gold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dragoman.model.Analysis;
import org.dragoman.model.RawDocument;
import org.dragoman.source.Sources;

/**
 * Scores a pipeline on a gold file: reads each listed document, analyzes it, and compares the
 * analysis with the gold. A document that cannot be read or analyzed fails all its checks and is
 * named in the report's notes; the others are still scored.
 */
public final class GoldEvaluation {
  private final Function<RawDocument, Analysis> analyze;
  private final GoldDocumentLoader loader;
  private final GoldScorer scorer = new GoldScorer();

  public GoldEvaluation(Function<RawDocument, Analysis> analyze, Sources sources) {
    this.analyze = analyze;
    this.loader = new GoldDocumentLoader(sources);
  }

  /** Reads and scores a gold file under the given suite name. */
  public GoldResult evaluate(String suite, Path goldFile) {
    return evaluate(suite, new GoldReader().read(goldFile));
  }

  public GoldResult evaluate(String suite, GoldFile gold) {
    List<Check> checks = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (GoldDocument doc : gold.documents()) {
      Analysis analysis;
      try {
        RawDocument raw = loader.load(gold.path(), doc);
        analysis = analyze.apply(raw);
      } catch (RuntimeException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        notes.add("not analyzed: " + doc.label() + ": " + cause);
        for (Check c : scorer.score(doc, empty(doc))) {
          checks.add(
              new Check(c.task(), c.document(), c.item(), false, c.expected(), "(not analyzed)"));
        }
        continue;
      }
      checks.addAll(scorer.score(doc, analysis));
    }
    if (gold.hasCorpusSection()) {
      notes.add(
          "corpus section (stories, corpus-wide entities, links) not scored: corpus stage pending");
    }
    return GoldResult.of(suite, checks, notes);
  }

  private static Analysis empty(GoldDocument doc) {
    return new Analysis(
        doc.label(),
        doc.file(),
        null,
        List.of(),
        null,
        null,
        null,
        null,
        "",
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
