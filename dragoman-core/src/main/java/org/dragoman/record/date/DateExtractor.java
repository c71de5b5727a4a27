package org.dragoman.record.date;

import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Page;

/**
 * Finds the dates in a body and normalizes them against the document's date; when the page has no
 * date, infers the year and the earliest possible date from the content.
 *
 * <p>To add another extractor:
 *
 * <ol>
 *   <li>Implement this interface; keep it stateless and thread-safe.
 *   <li>Give each date its span as written and a calendar value "YYYY-MM-DD", "YYYY-MM" or "YYYY";
 *       leave out what cannot be placed on the calendar.
 *   <li>Keep a full page date with its evidence; when the page has none, infer one only with a
 *       one-sentence evidence that starts with "inferred:".
 *   <li>Wire it in {@code org.dragoman.analysis.Analyzer}.
 *   <li>Add a test that extends {@code DateExtractorContractTest}.
 * </ol>
 */
public interface DateExtractor {
  Dating extract(Page page, AnnotatedText annotated);
}
