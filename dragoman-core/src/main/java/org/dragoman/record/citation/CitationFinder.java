package org.dragoman.record.citation;

import java.util.List;
import org.dragoman.model.Citation;

/** One way citations are written; ids are given later by {@link NewsCitationExtractor}. */
interface CitationFinder {
  List<Citation> find(CitationContext context);
}
