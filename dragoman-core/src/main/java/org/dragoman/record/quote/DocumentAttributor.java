package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.dragoman.model.Sentence;

/**
 * The attribution of one document, in one pass over its sentences: cues with their speakers and
 * content, then the quotation marks no cue claimed (continuations, block quotes, scare quotes).
 * Created per document; not shared between threads.
 */
final class DocumentAttributor {
  private final DocumentView doc;
  private final SentenceCues sentenceCues;
  private final MarkedQuoteAttributor markedQuotes;
  private final QuoteAssembly assembly;
  private final FramedQuotes frames;
  private final AsReportedClauses asReported;
  private final NestedStatements nested;

  DocumentAttributor(
      Page page,
      AnnotatedText tagged,
      List<Entity> entities,
      List<Citation> citations,
      ReportingLexicon lexicon) {
    this.doc = new DocumentView(page, tagged, entities, citations, lexicon);
    SpeakerPhrases phrases = new SpeakerPhrases(doc);
    ContentBounds bounds = new ContentBounds(doc, phrases);
    this.assembly = new QuoteAssembly(doc);
    HeadlineCues headlines = new HeadlineCues(doc, assembly);
    VerbCues verbCues = new VerbCues(doc, phrases, bounds, assembly);
    this.sentenceCues = new SentenceCues(doc, phrases, bounds, assembly, headlines, verbCues);
    this.markedQuotes = new MarkedQuoteAttributor(doc, phrases, assembly);
    this.frames = new FramedQuotes(doc, phrases);
    this.asReported = new AsReportedClauses(doc, phrases, assembly);
    this.nested = new NestedStatements(doc);
  }

  List<Quote> run() {
    for (Sentence s : doc.sentences) {
      doc.speakers.scanSentence(s.firstToken(), s.endToken(), doc.quoted);
      sentenceCues.sentence(s.firstToken(), s.endToken());
      asReported.sentence(s.firstToken(), s.endToken());
    }
    List<Attribution> all = frames.reframe(markedQuotes.absorbMarks());
    all.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    List<Attribution> kept = nested.keep(all);
    List<Quote> quotes = new ArrayList<>();
    for (Attribution a : kept) {
      Quote q = assembly.toQuote("q" + (quotes.size() + 1), a);
      if (q != null) {
        quotes.add(q);
      }
    }
    return quotes;
  }
}
