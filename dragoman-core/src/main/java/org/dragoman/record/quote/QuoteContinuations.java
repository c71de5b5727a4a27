package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.model.Span;

/** Quotes continuing the last earlier statement, in its paragraph or opening the next one. */
final class QuoteContinuations {
  private final DocumentView doc;

  QuoteContinuations(DocumentView doc) {
    this.doc = doc;
  }

  /** The sentence-like quote {@code m} as a continuation of the last earlier statement, or null. */
  Attribution continuing(MarkedQuote m, List<Attribution> known) {
    Span paragraph = doc.paragraphOf(m.open());
    Attribution previous = null;
    for (Attribution a : known) {
      if (a.speaker() != null && a.end() <= m.open()) {
        // of statements ending together, the one cued last ("“...,” Grayson said. “...”")
        if (previous == null
            || a.end() > previous.end()
            || a.end() == previous.end() && a.cueStart() > previous.cueStart()) {
          previous = a;
        }
      }
    }
    if (previous != null && paragraph != null && continues(previous, m, paragraph)) {
      boolean samePara = previous.start() >= paragraph.start();
      double conf = samePara ? 0.6 : 0.5;
      return new Attribution(
          m.start(),
          m.end(),
          previous.speaker(),
          previous.cue(),
          previous.cueStart(),
          previous.cueEnd(),
          m.start(),
          m.end(),
          conf,
          true,
          false);
    }
    return null;
  }

  /**
   * Whether a quote continues the earlier statement {@code previous}: in the same paragraph, or in
   * the previous one when this paragraph opens with the quote and the previous one ended on a quote
   * or a colon or held a quotation by that speaker.
   */
  private boolean continues(Attribution previous, MarkedQuote m, Span paragraph) {
    if (previous.start() >= paragraph.start() || previous.cueStart() >= paragraph.start()) {
      return true; // in this paragraph, or cued in it after a quote run over paragraphs
    }
    int idx = doc.paragraphIndex(m.open());
    if (idx <= 0 || !doc.blankBetween(paragraph.start(), m.open())) {
      return false;
    }
    Span prev = doc.paragraphs.get(idx - 1);
    if (previous.end() <= prev.start()) {
      return false;
    }
    String tail = doc.text.substring(prev.start(), prev.end()).strip();
    // "X said the plan failed.¶“We tried everything.”": the statement closed the paragraph
    boolean closedIt =
        previous.end() <= prev.end()
            && doc.text.substring(previous.end(), prev.end()).matches("[\\s.!?”\"’')]*");
    return tail.endsWith(":") || DocumentView.endsWithQuote(tail) || previous.marks() || closedIt;
  }
}
