package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/**
 * Recording attributions and assembling them into {@link Quote} records: kind, evidence, citations
 * and confidence.
 */
final class QuoteAssembly {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final SpeakerResolver speakers;
  private final List<Block> blockQuotes;
  private final List<MarkedQuote> marks;
  private final List<Citation> citations;
  private final List<Attribution> found;
  private final DocumentView doc;

  QuoteAssembly(DocumentView doc) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.sentences = doc.sentences;
    this.speakers = doc.speakers;
    this.blockQuotes = doc.blockQuotes;
    this.marks = doc.marks;
    this.citations = doc.citations;
    this.found = doc.found;
    this.doc = doc;
  }

  // ---------------------------------------------------------------- quotes

  void add(
      int start,
      int end,
      Speaker speaker,
      int cueFrom,
      int cueTo,
      int npFrom,
      int npTo,
      double confidence) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return;
    }
    int cueStart = tokens.get(cueFrom).start();
    int cueEnd = tokens.get(cueTo - 1).end();
    int anchor = Math.min(start, Math.min(cueStart, tokens.get(npFrom).start()));
    int reach = Math.max(end, Math.max(cueEnd, tokens.get(npTo - 1).end()));
    MarkedQuote exact = null;
    for (MarkedQuote m : marks) {
      if (m.start() == start && m.end() == end) {
        exact = m;
      }
    }
    found.add(
        new Attribution(
            start,
            end,
            speaker,
            text.substring(cueStart, cueEnd),
            cueStart,
            cueEnd,
            anchor,
            reach,
            confidence,
            exact != null,
            isBlockStart(start)));
    speakers.noteSpeaker(npTo - 1, speaker, Phrases.pos(tokens.get(npTo - 1)).endsWith("S"));
  }

  private boolean isBlockStart(int offset) {
    for (Block b : blockQuotes) {
      if (b.start() == offset) {
        return true;
      }
    }
    return false;
  }

  double confidence(Speaker speaker, double base) {
    if (speaker.entity() != null) {
      return base;
    }
    return Math.round(base * 0.75 * 100) / 100.0;
  }

  Quote toQuote(String id, Attribution a) {
    int start = a.start();
    int end = a.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    if (!a.marks() && !a.block() && end > start && text.charAt(end - 1) == ')') {
      // a parenthetical source at the end belongs to the citation, not the statement
      int open = text.lastIndexOf('(', end - 1);
      if (open > start && text.substring(start, open).strip().length() > 0) {
        end = open;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
      }
    }
    QuoteKind kind = kind(a, start, end);
    MarkedQuote only = onlyMark(start, end);
    if ((kind == QuoteKind.DIRECT || kind == QuoteKind.PARTIAL) && only != null) {
      start = only.start();
      end = only.end();
    }
    Span evidence = evidence(a.anchor(), Math.max(a.reach(), end));
    Span cueSpan = a.cueStart() < 0 ? null : new Span(a.cueStart(), a.cueEnd());
    return new Quote(
        id,
        text.substring(start, end),
        start,
        end,
        kind,
        a.speaker(),
        a.cue(),
        cueSpan,
        evidence,
        a.confidence(),
        citationsFor(start, end, evidence));
  }

  /** The one quotation inside [start, end) when it covers nearly all of it, else null. */
  private MarkedQuote onlyMark(int start, int end) {
    MarkedQuote only = null;
    for (MarkedQuote m : marks) {
      if (m.start() >= start && m.end() <= end) {
        if (only != null) {
          return null;
        }
        only = m;
      }
    }
    return only != null && only.end() - only.start() >= 0.9 * (end - start) ? only : null;
  }

  private QuoteKind kind(Attribution a, int start, int end) {
    if (a.block()) {
      return QuoteKind.BLOCK;
    }
    int inMarks = 0;
    MarkedQuote single = null;
    for (MarkedQuote m : marks) {
      if (m.start() >= start && m.end() <= end) {
        inMarks += m.end() - m.start();
        single = m;
      }
    }
    if (a.marks() || (single != null && inMarks >= 0.9 * (end - start))) {
      return single != null && doc.sentenceLike(single) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
    return inMarks > 0 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
  }

  private Span evidence(int from, int to) {
    int first = doc.sentenceIndexAt(from);
    int last = doc.sentenceIndexAt(Math.max(from, to - 1));
    int s = first < 0 ? from : Math.min(from, sentences.get(first).start());
    int e = last < 0 ? to : Math.max(to, sentences.get(last).end());
    return new Span(s, Math.min(e, text.length()));
  }

  /**
   * Citations that source a quote: attribution citations later in its paragraph (a parenthetical
   * source list) and citations inside its evidence ("according to Reuters").
   */
  private List<String> citationsFor(int start, int end, Span evidence) {
    Span paragraph = doc.paragraphOf(start);
    List<String> ids = new ArrayList<>();
    for (Citation c : citations) {
      if (c.kind() != CitationKind.ATTRIBUTION) {
        continue;
      }
      boolean after = paragraph != null && c.start() >= end && c.end() <= paragraph.end() + 1;
      boolean inside = evidence.overlaps(c.span()) && !new Span(start, end).contains(c.span());
      if (after || inside) {
        ids.add(c.id());
      }
    }
    return ids;
  }
}
