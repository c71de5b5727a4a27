package org.dragoman.record.date;

import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Page;

/**
 * Finds the dates in a body and normalizes them against the document's date; when the page has no
 * date, infers the year and the earliest possible date from the content.
 */
public interface DateExtractor {
  Dating extract(Page page, AnnotatedText annotated);
}
