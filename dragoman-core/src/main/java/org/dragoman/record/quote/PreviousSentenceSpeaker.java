package org.dragoman.record.quote;

import org.dragoman.language.TokenWords;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/** Quotes opening a sentence after one whose subject is a named person ("Lynch announced"). */
final class PreviousSentenceSpeaker {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;

  PreviousSentenceSpeaker(DocumentView doc, SpeakerPhrases phrases) {
    this.doc = doc;
    this.phrases = phrases;
  }

  /**
   * "Lynch announced the lawsuit on Monday. “We are seeking a court order ...”": a quotation that
   * opens its sentence, after a sentence of the same paragraph whose subject is a named person,
   * probably is that person's (low confidence).
   */
  Attribution personSubjectOfPreviousSentence(MarkedQuote m) {
    int si = doc.sentenceIndexAt(m.open());
    if (si <= 0 || !doc.blankBetween(doc.sentences.get(si).start(), m.open())) {
      return null;
    }
    Sentence prev = doc.sentences.get(si - 1);
    Span paragraph = doc.paragraphOf(m.open());
    if (paragraph == null || prev.start() < paragraph.start() && !announces(prev, m)) {
      return null;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      if (doc.quoted[k]) {
        return null;
      }
    }
    int[] subject = phrases.mainSubject(prev.firstToken(), prev.endToken());
    if (subject == null || !phrases.isPersonAt(subject[1] - 1)) {
      return null;
    }
    Speaker speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null || speaker.entity() == null) {
      return null;
    }
    return new Attribution(
        m.start(), m.end(), speaker, null, -1, -1, m.start(), m.end(), 0.4, true, false);
  }

  /**
   * "Howard continued his remarks.¶“Eight years ago ...”": the previous paragraph is that one
   * sentence, with a reporting verb or "continued", and the quotation opens the next paragraph.
   */
  private boolean announces(Sentence prev, MarkedQuote m) {
    int idx = doc.paragraphIndex(m.open());
    if (idx <= 0 || !doc.blankBetween(doc.paragraphs.get(idx).start(), m.open())) {
      return false;
    }
    Span before = doc.paragraphs.get(idx - 1);
    if (prev.start() < before.start() || prev.end() < before.end() - 1) {
      return false;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      Token t = doc.tokens.get(k);
      if (doc.isCue(t) && doc.lexicon.verb(t.lemma()) != VerbClass.STANCE
          || "continue".equals(TokenWords.lemma(t))) {
        return true;
      }
    }
    return false;
  }
}
