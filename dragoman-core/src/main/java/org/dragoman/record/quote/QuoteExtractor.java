package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;

/**
 * Finds quotes and reported statements and attributes each to its speaker.
 *
 * <p>To add another extractor:
 *
 * <ol>
 *   <li>Implement this interface; keep it stateless and thread-safe.
 *   <li>Name speakers by the canonical name of their entity in {@code entities}; leave the speaker
 *       null when no one is speaking (scare quotes); never force one.
 *   <li>Give each quote its cue, evidence span, confidence and the ids of the citations in {@code
 *       citations} that source it.
 *   <li>Wire it in {@code org.dragoman.analysis.Analyzer}.
 *   <li>Add a test that extends {@code QuoteExtractorContractTest}.
 * </ol>
 */
public interface QuoteExtractor {
  List<Quote> extract(
      Page page, AnnotatedText annotated, List<Entity> entities, List<Citation> citations);
}
