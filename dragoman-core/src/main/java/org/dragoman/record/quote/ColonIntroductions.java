package org.dragoman.record.quote;

import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/** Quotes after a colon: "X called them on it: “...”", "Stated Stone: “...”". */
final class ColonIntroductions {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final QuoteAssembly assembly;

  ColonIntroductions(DocumentView doc, SpeakerPhrases phrases, QuoteAssembly assembly) {
    this.doc = doc;
    this.phrases = phrases;
    this.assembly = assembly;
  }

  /** "X called them on it: “...”": the subject of the sentence the colon ends speaks. */
  Attribution introducedByColon(MarkedQuote m) {
    int k = m.open() - 1;
    while (k >= 0 && Character.isWhitespace(doc.text.charAt(k))) {
      k--;
    }
    if (k < 0 || doc.text.charAt(k) != ':') {
      return null;
    }
    int colon = doc.tokenAt(k);
    Sentence s = doc.sentenceAt(k);
    if (s == null || colon >= doc.tokens.size()) {
      return null;
    }
    int[] subject = phrases.mainSubject(s.firstToken(), colon);
    for (int v = s.firstToken(); subject == null && v < colon; v++) {
      if (doc.isCue(doc.tokens.get(v)) && !doc.quoted[v]) {
        subject = phrases.subjectBefore(v, s.firstToken()); // "Romney, the nominee, tweeted/VBN:"
      }
    }
    boolean label = false;
    if (subject == null) {
      subject = colonLabel(s.firstToken(), colon);
      label = subject != null;
    }
    if (subject == null || !label && !phrases.namesSomeone(subject[0], subject[1])) {
      return null;
    }
    Speaker speaker =
        label
            ? doc.speakers.label(subject[0], subject[1])
            : doc.speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null) {
      return null;
    }
    Token c = doc.tokens.get(colon);
    return new Attribution(
        m.start(),
        m.end(),
        speaker,
        ":",
        c.start(),
        c.end(),
        doc.tokens.get(subject[0]).start(),
        m.end(),
        assembly.confidence(speaker, 0.7),
        true,
        false);
  }

  /**
   * A speaker label before a colon: a named person alone ("Rep. Trey Gowdy (R-S.C.):") or after a
   * verb ("Stated Stone:", "Continued Stone:"), as token range [from, to), or null.
   */
  private int[] colonLabel(int s0, int colon) {
    int from = s0;
    Span paragraph = doc.paragraphOf(doc.tokens.get(colon).start());
    while (paragraph != null && from < colon && doc.tokens.get(from).start() < paragraph.start()) {
      from++; // the label opens its paragraph
    }
    if (from < colon && PennTags.isVerb(doc.tokens.get(from))) {
      from++;
    }
    int end = phrases.beforeParenthesis(colon - 1, from);
    if (end < from) {
      return null;
    }
    int a = Phrases.npStartBackward(doc.tokens, end, from);
    if (a < 0) {
      a = Character.isUpperCase(doc.tokens.get(end).word().charAt(0)) ? end : -1;
    }
    if (a > from && a - from <= 6 && phrases.isPersonAt(end) && titleOnly(from, a)) {
      a = from; // "Former secretary of state Hillary Rodham Clinton:": a title before the name
    }
    if (a != from) {
      return null;
    }
    Speaker named = doc.speakers.label(a, end + 1);
    if (!phrases.isPersonAt(end) && (named == null || named.entity() == null)) {
      return null;
    }
    return new int[] {a, end + 1, end + 1};
  }

  /** Tokens [from, to) are a title: words and "of", no verb, punctuation or quotation. */
  private boolean titleOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = doc.tokens.get(k);
      if (doc.quoted[k] || PennTags.isVerb(t) || !Character.isLetter(t.word().charAt(0))) {
        return false;
      }
      if (!PennTags.isNoun(t) && !PennTags.of(t).matches("JJ.*|IN|DT")
          || PennTags.of(t).equals("IN") && !TokenWords.lower(t).equals("of")) {
        return false;
      }
    }
    return true;
  }
}
