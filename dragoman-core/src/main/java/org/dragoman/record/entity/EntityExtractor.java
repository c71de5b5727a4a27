package org.dragoman.record.entity;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;

/**
 * Finds the people, organizations and places of a document and resolves their names inside it.
 *
 * <p>To add another extractor:
 *
 * <ol>
 *   <li>Implement this interface; keep it stateless and thread-safe, with data loaded once.
 *   <li>Return one entity per real-world referent, canonical name = fullest proper name used,
 *       mentions in text order, ids "e1", "e2"... in order of first mention.
 *   <li>Never return a pronoun as an entity or a mention.
 *   <li>Wire it in {@code org.dragoman.analysis.Analyzer}.
 *   <li>Add a test that extends {@code EntityExtractorContractTest}.
 * </ol>
 */
public interface EntityExtractor {
  /**
   * @param citations the document's citations: each cited source is an organization
   */
  List<Entity> extract(Page page, AnnotatedText annotated, List<Citation> citations);
}
