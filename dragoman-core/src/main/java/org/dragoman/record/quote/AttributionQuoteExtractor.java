package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;

/** Quotes and reported speech. (Baseline: none yet.) */
public final class AttributionQuoteExtractor implements QuoteExtractor {
  @Override
  public List<Quote> extract(
      Page page, AnnotatedText annotated, List<Entity> entities, List<Citation> citations) {
    return List.of();
  }
}
