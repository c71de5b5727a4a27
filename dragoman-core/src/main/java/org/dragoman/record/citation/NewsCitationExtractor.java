package org.dragoman.record.citation;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Page;
import org.dragoman.record.date.Dating;

/** Citations of a news body. (Baseline: none yet.) */
public final class NewsCitationExtractor implements CitationExtractor {
  @Override
  public List<Citation> extract(Page page, AnnotatedText annotated, Dating dating) {
    return List.of();
  }
}
