package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;

/**
 * Quotes and reported speech attributed by reporting cues over tokens, part of speech and named
 * entities (no parser): direct, partial and mixed quotes in any quotation marks and over
 * paragraphs, reported clauses ("X hinted that ...", "according to X, ..."), postposed and inverted
 * cues ("...,” noted X"), block quotes, and speakers through entities, roles and pronouns. Quoted
 * terms with no cue in reach get no speaker. Stateless and thread-safe.
 */
public final class AttributionQuoteExtractor implements QuoteExtractor {
  private final ReportingLexicon lexicon;

  public AttributionQuoteExtractor() {
    this(ReportingLexicon.bundled());
  }

  public AttributionQuoteExtractor(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Quote> extract(
      Page page, AnnotatedText annotated, List<Entity> entities, List<Citation> citations) {
    if (annotated.tokens().isEmpty()) {
      return List.of();
    }
    return new DocumentAttributor(page, annotated, entities, citations, lexicon).run();
  }
}
