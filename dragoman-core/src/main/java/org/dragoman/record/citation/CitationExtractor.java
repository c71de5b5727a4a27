package org.dragoman.record.citation;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Page;
import org.dragoman.record.date.Dating;

/**
 * Finds every cited source of a body, with a calendar date where it has one. Runs before entity
 * resolution: the entity stage makes every cited source an organization entity.
 *
 * <p>To add another extractor:
 *
 * <ol>
 *   <li>Implement this interface; keep it stateless and thread-safe.
 *   <li>Give each citation its span as written, a canonical source name, a calendar date from
 *       {@code dating} where the citation carries one, and its kind.
 *   <li>Wire it in {@code org.dragoman.analysis.Analyzer}.
 *   <li>Add a test that extends {@code CitationExtractorContractTest}.
 * </ol>
 */
public interface CitationExtractor {
  List<Citation> extract(Page page, AnnotatedText annotated, Dating dating);
}
