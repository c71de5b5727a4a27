package org.dragoman.record.citation;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.record.date.Dating;

/** Finds every cited source of a body, with a calendar date where it has one. */
public interface CitationExtractor {
  List<Citation> extract(Page page, AnnotatedText annotated, List<Entity> entities, Dating dating);
}
