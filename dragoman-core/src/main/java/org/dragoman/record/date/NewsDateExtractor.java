package org.dragoman.record.date;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Page;

/** Dates of a news body. (Baseline: the page's own date only.) */
public final class NewsDateExtractor implements DateExtractor {
  @Override
  public Dating extract(Page page, AnnotatedText annotated) {
    return new Dating(List.of(), page.published(), page.publishedEvidence());
  }
}
