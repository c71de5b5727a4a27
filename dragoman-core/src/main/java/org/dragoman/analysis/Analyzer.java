package org.dragoman.analysis;

import java.util.List;
import org.dragoman.language.CoreNlpLanguageAnalyzer;
import org.dragoman.language.LanguageAnalyzer;
import org.dragoman.model.Analysis;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.dragoman.model.RawDocument;
import org.dragoman.record.citation.CitationExtractor;
import org.dragoman.record.citation.NewsCitationExtractor;
import org.dragoman.record.date.DateExtractor;
import org.dragoman.record.date.Dating;
import org.dragoman.record.date.NewsDateExtractor;
import org.dragoman.record.entity.EntityExtractor;
import org.dragoman.record.entity.NewsEntityExtractor;
import org.dragoman.record.quote.AttributionQuoteExtractor;
import org.dragoman.record.quote.QuoteExtractor;
import org.dragoman.structure.PageReader;
import org.dragoman.structure.PageReaders;

/**
 * Turns a raw document into its analysis: structure, language, then the record (dates, citations,
 * entities, quotes). Thread-safe: one instance serves every document of a run.
 */
public final class Analyzer {
  private final PageReader pages;
  private final LanguageAnalyzer language;
  private final DateExtractor dates;
  private final EntityExtractor entities;
  private final CitationExtractor citations;
  private final QuoteExtractor quotes;

  public Analyzer(
      PageReader pages,
      LanguageAnalyzer language,
      DateExtractor dates,
      EntityExtractor entities,
      CitationExtractor citations,
      QuoteExtractor quotes) {
    this.pages = pages;
    this.language = language;
    this.dates = dates;
    this.entities = entities;
    this.citations = citations;
    this.quotes = quotes;
  }

  /** The default pipeline; loads the CoreNLP models (a few seconds, once). */
  public static Analyzer defaults() {
    return new Analyzer(
        PageReaders.defaults(),
        CoreNlpLanguageAnalyzer.shared(),
        new NewsDateExtractor(),
        new NewsEntityExtractor(),
        new NewsCitationExtractor(),
        new AttributionQuoteExtractor());
  }

  public Page structure(RawDocument document) {
    return pages.read(document);
  }

  public Analysis analyze(RawDocument document) {
    return analyzePage(document, pages.read(document));
  }

  /**
   * Runs language and record stages on a page whose structure is already known (evaluation on
   * corpora with gold offsets into a given text uses this to keep those offsets).
   */
  public Analysis analyzePage(RawDocument document, Page page) {
    AnnotatedText annotated = language.annotate(page.text());
    Dating dating = dates.extract(page, annotated);
    List<Citation> cited = citations.extract(page, annotated, dating);
    List<Entity> found = entities.extract(page, annotated, cited);
    List<Quote> said = quotes.extract(page, annotated, found, cited);
    return assemble(document, page, dating, found, said, cited);
  }

  private static Analysis assemble(
      RawDocument document,
      Page page,
      Dating dating,
      List<Entity> entities,
      List<Quote> quotes,
      List<Citation> citations) {
    return new Analysis(
        document.id(),
        document.origin().source()
            + (document.origin().recordId() == null ? "" : "#" + document.origin().recordId()),
        page.title(),
        page.authors(),
        page.site(),
        page.publication(),
        dating.published(),
        dating.publishedEvidence(),
        page.text(),
        page.blocks(),
        page.links(),
        page.comments(),
        entities,
        quotes,
        citations,
        dating.dates());
  }
}
