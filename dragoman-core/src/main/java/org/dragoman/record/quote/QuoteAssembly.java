package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.language.PennTags;
import org.dragoman.model.Block;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;

/**
 * Recording attributions and assembling them into {@link Quote} records: kind, evidence, citations
 * and confidence.
 */
final class QuoteAssembly {
  private final DocumentView doc;

  QuoteAssembly(DocumentView doc) {
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
    while (start < end && Character.isWhitespace(doc.text.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return;
    }
    int cueStart = doc.tokens.get(cueFrom).start();
    int cueEnd = doc.tokens.get(cueTo - 1).end();
    int anchor = Math.min(start, Math.min(cueStart, doc.tokens.get(npFrom).start()));
    int reach = Math.max(end, Math.max(cueEnd, doc.tokens.get(npTo - 1).end()));
    MarkedQuote exact = null;
    for (MarkedQuote m : doc.marks) {
      if (m.start() == start && m.end() == end) {
        exact = m;
      }
    }
    doc.found.add(
        new Attribution(
            start,
            end,
            speaker,
            doc.text.substring(cueStart, cueEnd),
            cueStart,
            cueEnd,
            anchor,
            reach,
            confidence,
            exact != null,
            isBlockStart(start)));
    doc.speakers.noteSpeaker(
        npTo - 1, speaker, PennTags.of(doc.tokens.get(npTo - 1)).endsWith("S"));
  }

  private boolean isBlockStart(int offset) {
    for (Block b : doc.blockQuotes) {
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
    while (end > start && Character.isWhitespace(doc.text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    if (!a.marks() && !a.block() && end > start && doc.text.charAt(end - 1) == ')') {
      // a parenthetical source at the end belongs to the citation, not the statement
      int open = doc.text.lastIndexOf('(', end - 1);
      if (open > start && doc.text.substring(start, open).strip().length() > 0) {
        end = open;
        while (end > start && Character.isWhitespace(doc.text.charAt(end - 1))) {
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
        doc.text.substring(start, end),
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
    for (MarkedQuote m : doc.marks) {
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
    for (MarkedQuote m : doc.marks) {
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
    int s = first < 0 ? from : Math.min(from, doc.sentences.get(first).start());
    int e = last < 0 ? to : Math.max(to, doc.sentences.get(last).end());
    return new Span(s, Math.min(e, doc.text.length()));
  }

  /**
   * Citations that source a quote: attribution citations later in its paragraph (a parenthetical
   * source list) and citations inside its evidence ("according to Reuters").
   */
  private List<String> citationsFor(int start, int end, Span evidence) {
    Span paragraph = doc.paragraphOf(start);
    List<String> ids = new ArrayList<>();
    for (Citation c : doc.citations) {
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
