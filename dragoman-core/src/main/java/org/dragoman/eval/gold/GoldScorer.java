package org.dragoman.eval.gold;

import java.util.List;
import org.dragoman.model.Analysis;

/**
 * Compares one analysis with its gold document, item by item, following the matching rules of
 * docs/gold-format.md. Stateless.
 */
public final class GoldScorer {
  /** Every check of the document, in gold order, task by task. */
  public List<Check> score(GoldDocument gold, Analysis analysis) {
    CheckList out = new CheckList(gold.label());
    if (gold.metadata() != null) {
      MetadataChecks.check(gold.metadata(), analysis, out);
    }
    RecordChecks.body(gold.textMustContain(), gold.textMustNotContain(), analysis, out);
    EntityChecks.check(gold.entities(), gold.entityErrors(), analysis, out);
    StatementChecks.quotes(gold.quotes(), analysis, out);
    StatementChecks.reported(gold.reportedSpeech(), analysis, out);
    RecordChecks.citations(gold.citations(), analysis, out);
    RecordChecks.dates(gold.dates(), analysis, out);
    return out.checks();
  }
}
