package org.dragoman.record.quote;

import org.dragoman.language.PennTags;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/** Quotes cued after their marks by a verb outside the lexicon: "“...,” the nominee riffed". */
final class CuesAfterQuote {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final QuoteAssembly assembly;

  CuesAfterQuote(DocumentView doc, SpeakerPhrases phrases, QuoteAssembly assembly) {
    this.doc = doc;
    this.phrases = phrases;
    this.assembly = assembly;
  }

  /**
   * "“Let me help you out,” the nominee riffed": a quotation ending in a comma, question or
   * exclamation mark, then a named subject and a finite verb outside the reporting lexicon.
   */
  Attribution speakerVerbAfter(MarkedQuote m, boolean sentenceLike) {
    int e = m.end() - 1;
    while (e > m.start() && Character.isWhitespace(doc.text.charAt(e))) {
      e--;
    }
    if (e <= m.start() || ",?!".indexOf(doc.text.charAt(e)) < 0) {
      return null;
    }
    if (!m.closed()) {
      return null;
    }
    int k = doc.tokenAt(m.outerEnd());
    if (k >= doc.tokens.size() || !doc.blankBetween(m.outerEnd(), doc.tokens.get(k).start())) {
      return null;
    }
    Attribution inverted = verbThenPerson(m, k);
    if (inverted != null || !sentenceLike) {
      return inverted;
    }
    int npTo = Phrases.npEndForward(doc.tokens, k, Math.min(doc.tokens.size(), k + 8));
    if (npTo == k || npTo >= doc.tokens.size() || !phrases.namesSomeone(k, npTo)) {
      return null;
    }
    int v = npTo;
    while (v < doc.tokens.size() && PennTags.isAdverb(doc.tokens.get(v))) {
      v++;
    }
    if (v >= doc.tokens.size() || !PennTags.of(doc.tokens.get(v)).matches("VBD|VBZ")) {
      return null;
    }
    Speaker speaker = doc.speakers.resolve(k, npTo);
    if (speaker == null) {
      return null;
    }
    Token verb = doc.tokens.get(v);
    return cuedAfter(m, speaker, verb, verb.end());
  }

  /** The marked quotation spoken by {@code speaker} through the cue {@code verb} after it. */
  private Attribution cuedAfter(MarkedQuote m, Speaker speaker, Token verb, int evidenceEnd) {
    return new Attribution(
        m.start(),
        m.end(),
        speaker,
        verb.word(),
        verb.start(),
        verb.end(),
        m.start(),
        evidenceEnd,
        assembly.confidence(speaker, 0.6),
        true,
        false);
  }

  /**
   * "“This is fantastic!” beamed Donald Hartley": after the quotation, a finite verb outside the
   * reporting lexicon and then a named person.
   */
  private Attribution verbThenPerson(MarkedQuote m, int v) {
    if (v + 1 >= doc.tokens.size() || !PennTags.of(doc.tokens.get(v)).matches("VBD|VBZ|VBN")) {
      return null;
    }
    int from = v + 1;
    int to = Phrases.npEndForward(doc.tokens, from, Math.min(doc.tokens.size(), from + 8));
    if (to == from) {
      return null;
    }
    to = phrases.extendToPerson(to, Math.min(doc.tokens.size(), to + 6));
    if (!phrases.isPersonAt(to - 1)) {
      return null;
    }
    Speaker speaker = doc.speakers.resolve(from, to);
    if (speaker == null) {
      return null;
    }
    return cuedAfter(m, speaker, doc.tokens.get(v), doc.tokens.get(to - 1).end());
  }
}
