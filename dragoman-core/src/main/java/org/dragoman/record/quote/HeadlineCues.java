package org.dragoman.record.quote;

import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/**
 * Cues without a verb at the head of a line: "Trump: Cruz Has a Long Way to Go" and transcript
 * speaker labels ("FALLIN: I think ...").
 */
final class HeadlineCues {
  private final DocumentView doc;
  private final QuoteAssembly assembly;

  HeadlineCues(DocumentView doc, QuoteAssembly assembly) {
    this.doc = doc;
    this.assembly = assembly;
  }

  /** "Trump: Cruz Has a Long Way to Go": a named source, a colon, then what it says. */
  void headline(int s0, int s1) {
    int colon = -1;
    for (int k = s0 + 1; k < Math.min(s1, s0 + 7); k++) {
      if (doc.tokens.get(k).word().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0) {
      return;
    }
    if (transcriptLabel(s0, colon, s1)) {
      return;
    }
    if (Phrases.npEndForward(doc.tokens, s0, colon) != colon) {
      return;
    }
    Token head = doc.tokens.get(colon - 1);
    Entity e = doc.speakers.entityAt(colon - 1);
    boolean named =
        e != null
            ? e.type() == org.dragoman.model.EntityType.PERSON
                || e.type() == org.dragoman.model.EntityType.ORGANIZATION
            : "PERSON".equals(head.ner()) || "ORGANIZATION".equals(head.ner());
    int last = doc.lastContent(s0, s1);
    if (!named
        || last - colon < 3
        || doc.quoted[colon + 1] && doc.markOpeningAt(doc.tokens.get(colon + 1).start()) == null) {
      return;
    }
    Speaker speaker = doc.speakers.resolve(s0, colon);
    if (speaker != null) {
      afterColon(s0, colon, last, speaker, 0.6);
    }
  }

  /** The label [s0, colon) speaks the tokens after the colon through {@code last}. */
  private void afterColon(int s0, int colon, int last, Speaker speaker, double confidence) {
    assembly.add(
        doc.tokens.get(colon + 1).start(),
        doc.tokens.get(last).end(),
        speaker,
        colon,
        colon + 1,
        s0,
        colon,
        assembly.confidence(speaker, confidence));
  }

  /**
   * "FALLIN: I think ..." or "MR. TRUMP: We will ...": a speaker label in capitals opening a
   * paragraph, as in a transcript, speaks the rest of the paragraph.
   */
  private boolean transcriptLabel(int s0, int colon, int s1) {
    int pi = doc.paragraphIndex(doc.tokens.get(s0).start());
    if (pi <= 0 || !doc.blankBetween(doc.paragraphs.get(pi).start(), doc.tokens.get(s0).start())) {
      return false; // not a paragraph opening, or the title line
    }
    Span paragraph = doc.paragraphs.get(pi);
    int letters = 0;
    for (int k = s0; k < colon; k++) {
      String w = doc.tokens.get(k).word();
      if (!w.matches("[A-Z][A-Z.'’-]*") || NOT_LABELS.contains(w)) {
        return false;
      }
      letters += w.replaceAll("[^A-Z]", "").length();
    }
    int end = colon + 1;
    while (end < doc.tokens.size() && doc.tokens.get(end).end() <= paragraph.end()) {
      end++;
    }
    if (letters < 3 || end - colon < 4) {
      return false;
    }
    Speaker speaker = doc.speakers.label(s0, colon);
    afterColon(s0, colon, end - 1, speaker, 0.7);
    return true;
  }

  /** Capitalized words that open headlines and notes rather than name a speaker. */
  private static final Set<String> NOT_LABELS =
      Set.of(
          "IS",
          "IN",
          "ARE",
          "THE",
          "OF",
          "AND",
          "TO",
          "A",
          "ON",
          "FOR",
          "AT",
          "BY",
          "WITH",
          "WAS",
          "BREAKING",
          "UPDATE",
          "UPDATED",
          "EXCLUSIVE",
          "WATCH",
          "VIDEO",
          "NOTE",
          "CORRECTION",
          "PHOTOS",
          "LIVE",
          "READ",
          "MORE",
          "ALSO",
          "RELATED",
          "SOURCE",
          "SOURCES",
          "Q",
          "A.");
}
