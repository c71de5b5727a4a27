package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Entity;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * The attribution of quotation marks no cue claimed: continuations, block quotes, quotes cued after
 * their marks, quotes introduced by a colon, and the speaker of the sentence or paragraph.
 */
final class MarkedQuoteAttributor {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final ReportingLexicon lexicon;
  private final SpeakerResolver speakers;
  private final List<Span> paragraphs;
  private final List<Block> blockQuotes;
  private final List<MarkedQuote> marks;
  private final boolean[] quoted;
  private final List<Attribution> found;
  private final List<Entity> entities;
  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final QuoteAssembly assembly;

  MarkedQuoteAttributor(DocumentView doc, SpeakerPhrases phrases, QuoteAssembly assembly) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.sentences = doc.sentences;
    this.lexicon = doc.lexicon;
    this.speakers = doc.speakers;
    this.paragraphs = doc.paragraphs;
    this.blockQuotes = doc.blockQuotes;
    this.marks = doc.marks;
    this.quoted = doc.quoted;
    this.found = doc.found;
    this.entities = doc.entities;
    this.doc = doc;
    this.phrases = phrases;
    this.assembly = assembly;
  }

  /**
   * Joins quotation marks to the statements that cover them and attributes the others: block
   * quotes, quotes continuing an attributed speaker's quote in the paragraph, and the rest (scare
   * quotes, quoted terms) with no speaker.
   */
  List<Attribution> absorbMarks() {
    List<Attribution> out = new ArrayList<>(found);
    for (Block b : blockQuotes) {
      boolean claimed = out.stream().anyMatch(a -> a.block() && a.start() == b.start());
      if (!claimed && out.stream().noneMatch(a -> a.start() == b.start() && a.end() == b.end())) {
        out.add(
            new Attribution(
                b.start(), b.end(), null, null, -1, -1, b.start(), b.end(), 0.3, false, true));
      }
    }
    for (MarkedQuote m : marks) {
      int covering = -1;
      for (int k = 0; k < out.size(); k++) {
        Attribution a = out.get(k);
        if (a.start() < m.end() && m.start() < a.end()) {
          covering = k;
          break;
        }
      }
      if (covering >= 0) {
        Attribution a = out.get(covering);
        if (!a.block()) {
          out.set(covering, a.extendTo(m.start(), m.end()));
        }
        continue;
      }
      out.add(unclaimed(m, out));
    }
    return out;
  }

  private Attribution unclaimed(MarkedQuote m, List<Attribution> known) {
    boolean sentenceLike = doc.sentenceLike(m);
    Attribution introduced = introducedByColon(m);
    if (introduced != null) {
      return introduced;
    }
    Attribution inSentence = personSubjectBefore(m);
    if (inSentence != null) {
      return inSentence;
    }
    Attribution sameSentence = speakerOfSentence(m, known, sentenceLike);
    if (sameSentence != null) {
      return sameSentence;
    }
    if (sentenceLike) {
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
    }
    Attribution inverted = speakerVerbAfter(m, sentenceLike);
    if (inverted != null) {
      return inverted;
    }
    Attribution afterPerson = sentenceLike ? personSubjectOfPreviousSentence(m) : null;
    if (afterPerson != null) {
      return afterPerson;
    }
    return new Attribution(
        m.start(),
        m.end(),
        null,
        null,
        -1,
        -1,
        m.start(),
        m.end(),
        sentenceLike ? 0.3 : 0.2,
        true,
        false);
  }

  /**
   * "“Let me help you out,” the nominee riffed": a quotation ending in a comma, question or
   * exclamation mark, then a named subject and a finite verb outside the reporting lexicon.
   */
  private Attribution speakerVerbAfter(MarkedQuote m, boolean sentenceLike) {
    int e = m.end() - 1;
    while (e > m.start() && Character.isWhitespace(text.charAt(e))) {
      e--;
    }
    if (e <= m.start() || ",?!".indexOf(text.charAt(e)) < 0) {
      return null;
    }
    if (!m.closed()) {
      return null;
    }
    int k = doc.tokenAt(m.outerEnd());
    if (k >= tokens.size() || !doc.blankBetween(m.outerEnd(), tokens.get(k).start())) {
      return null;
    }
    Attribution inverted = verbThenPerson(m, k);
    if (inverted != null || !sentenceLike) {
      return inverted;
    }
    int npTo = Phrases.npEndForward(tokens, k, Math.min(tokens.size(), k + 8));
    if (npTo == k || npTo >= tokens.size() || !phrases.namesSomeone(k, npTo)) {
      return null;
    }
    int v = npTo;
    while (v < tokens.size() && Phrases.pos(tokens.get(v)).startsWith("RB")) {
      v++;
    }
    if (v >= tokens.size() || !Phrases.pos(tokens.get(v)).matches("VBD|VBZ")) {
      return null;
    }
    Speaker speaker = speakers.resolve(k, npTo);
    if (speaker == null) {
      return null;
    }
    Token verb = tokens.get(v);
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
   * "“Oh, let him decide,” said Joe Biden, urging them to “give him time.”", "Mr. Manafort, citing
   * “the unique magic of Trump,” said ...": a quotation in a sentence where a cue already names a
   * speaker is that speaker's (low confidence).
   */
  private Attribution speakerOfSentence(
      MarkedQuote m, List<Attribution> known, boolean sentenceLike) {
    int si = doc.sentenceIndexAt(m.open());
    if (si < 0) {
      return null;
    }
    Sentence s = sentences.get(si);
    Attribution pick = null;
    for (Attribution a : known) {
      if (a.speaker() == null || a.cueStart() < 0 || a.block()) {
        continue;
      }
      if (a.cueStart() < s.start() || a.cueEnd() > s.end() || a.cue().equals(":")) {
        continue;
      }
      if (pick == null
          || Math.abs(a.cueStart() - m.open()) < Math.abs(pick.cueStart() - m.open())) {
        pick = a;
      }
    }
    if (pick == null) {
      return null;
    }
    // a short quoted term before the cue ("talk of “strategic” levels ... suggests") is no one's
    Entity e = pick.speaker().entity() == null ? null : entityById(pick.speaker().entity());
    boolean person = e != null && e.type() == org.dragoman.model.EntityType.PERSON;
    if (!sentenceLike && (pick.cueStart() > m.open() || !person)) {
      return null;
    }
    return new Attribution(
        m.start(),
        m.end(),
        pick.speaker(),
        pick.cue(),
        pick.cueStart(),
        pick.cueEnd(),
        Math.min(m.start(), pick.cueStart()),
        Math.max(m.end(), pick.cueEnd()),
        0.5,
        true,
        false);
  }

  /**
   * "“This is fantastic!” beamed Donald Hartley": after the quotation, a finite verb outside the
   * reporting lexicon and then a named person.
   */
  private Attribution verbThenPerson(MarkedQuote m, int v) {
    if (v + 1 >= tokens.size() || !Phrases.pos(tokens.get(v)).matches("VBD|VBZ|VBN")) {
      return null;
    }
    int from = v + 1;
    int to = Phrases.npEndForward(tokens, from, Math.min(tokens.size(), from + 8));
    if (to == from) {
      return null;
    }
    to = phrases.extendToPerson(to, Math.min(tokens.size(), to + 6));
    if (!phrases.isPersonAt(to - 1)) {
      return null;
    }
    Speaker speaker = speakers.resolve(from, to);
    if (speaker == null) {
      return null;
    }
    return cuedAfter(m, speaker, tokens.get(v), tokens.get(to - 1).end());
  }

  /**
   * "Lynch announced the lawsuit on Monday. “We are seeking a court order ...”": a quotation that
   * opens its sentence, after a sentence of the same paragraph whose subject is a named person,
   * probably is that person's (low confidence).
   */
  private Attribution personSubjectOfPreviousSentence(MarkedQuote m) {
    int si = doc.sentenceIndexAt(m.open());
    if (si <= 0 || !doc.blankBetween(sentences.get(si).start(), m.open())) {
      return null;
    }
    Sentence prev = sentences.get(si - 1);
    Span paragraph = doc.paragraphOf(m.open());
    if (paragraph == null || prev.start() < paragraph.start() && !announces(prev, m)) {
      return null;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      if (quoted[k]) {
        return null;
      }
    }
    int[] subject = phrases.mainSubject(prev.firstToken(), prev.endToken());
    if (subject == null || !phrases.isPersonAt(subject[1] - 1)) {
      return null;
    }
    Speaker speaker = speakers.resolve(subject[0], subject[1], subject[2]);
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
    if (idx <= 0 || !doc.blankBetween(paragraphs.get(idx).start(), m.open())) {
      return false;
    }
    Span before = paragraphs.get(idx - 1);
    if (prev.start() < before.start() || prev.end() < before.end() - 1) {
      return false;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      Token t = tokens.get(k);
      if (doc.isCue(t) && lexicon.verb(t.lemma()) != VerbClass.STANCE
          || "continue".equals(DocumentView.lemma(t))) {
        return true;
      }
    }
    return false;
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
    Span prev = paragraphs.get(idx - 1);
    if (previous.end() <= prev.start()) {
      return false;
    }
    String tail = text.substring(prev.start(), prev.end()).strip();
    // "X said the plan failed.¶“We tried everything.”": the statement closed the paragraph
    boolean closedIt =
        previous.end() <= prev.end()
            && text.substring(previous.end(), prev.end()).matches("[\\s.!?”\"’')]*");
    return tail.endsWith(":") || DocumentView.endsWithQuote(tail) || previous.marks() || closedIt;
  }

  /** "X called them on it: “...”": the subject of the sentence the colon ends speaks. */
  private Attribution introducedByColon(MarkedQuote m) {
    int k = m.open() - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || text.charAt(k) != ':') {
      return null;
    }
    int colon = doc.tokenAt(k);
    int si = doc.sentenceIndexAt(k);
    if (si < 0 || colon >= tokens.size()) {
      return null;
    }
    Sentence s = sentences.get(si);
    int[] subject = phrases.mainSubject(s.firstToken(), colon);
    for (int v = s.firstToken(); subject == null && v < colon; v++) {
      if (doc.isCue(tokens.get(v)) && !quoted[v]) {
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
            ? speakers.label(subject[0], subject[1])
            : speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null) {
      return null;
    }
    Token c = tokens.get(colon);
    return new Attribution(
        m.start(),
        m.end(),
        speaker,
        ":",
        c.start(),
        c.end(),
        tokens.get(subject[0]).start(),
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
    Span paragraph = doc.paragraphOf(tokens.get(colon).start());
    while (paragraph != null && from < colon && tokens.get(from).start() < paragraph.start()) {
      from++; // the label opens its paragraph
    }
    if (from < colon && Phrases.isVerb(tokens.get(from))) {
      from++;
    }
    int end = phrases.beforeParenthesis(colon - 1, from);
    if (end < from) {
      return null;
    }
    int a = Phrases.npStartBackward(tokens, end, from);
    if (a < 0) {
      a = Character.isUpperCase(tokens.get(end).word().charAt(0)) ? end : -1;
    }
    if (a > from && a - from <= 6 && phrases.isPersonAt(end) && titleOnly(from, a)) {
      a = from; // "Former secretary of state Hillary Rodham Clinton:": a title before the name
    }
    if (a != from) {
      return null;
    }
    Speaker named = speakers.label(a, end + 1);
    if (!phrases.isPersonAt(end) && (named == null || named.entity() == null)) {
      return null;
    }
    return new int[] {a, end + 1, end + 1};
  }

  /** Tokens [from, to) are a title: words and "of", no verb, punctuation or quotation. */
  private boolean titleOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (quoted[k] || Phrases.isVerb(t) || !Character.isLetter(t.word().charAt(0))) {
        return false;
      }
      if (!Phrases.isNoun(t) && !Phrases.pos(t).matches("JJ.*|IN|DT")
          || Phrases.pos(t).equals("IN") && !Phrases.lower(t).equals("of")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Mr. Cruz pledged to oppose it “today, tomorrow, forever.”": a person who is the subject of a
   * verb before the quote in its sentence, with no reporting cue, probably says it (low
   * confidence).
   */
  private Attribution personSubjectBefore(MarkedQuote m) {
    int si = doc.sentenceIndexAt(m.open());
    if (si < 0) {
      return null;
    }
    Sentence s = sentences.get(si);
    int q = doc.tokenAt(m.open());
    int[] subject = phrases.mainSubject(s.firstToken(), q);
    if (subject == null) {
      return null;
    }
    Speaker speaker = speakers.resolve(subject[0], subject[1], subject[2]);
    Entity e = speaker == null || speaker.entity() == null ? null : entityById(speaker.entity());
    Token head = tokens.get(subject[1] - 1);
    boolean person =
        e != null
            ? e.type() == org.dragoman.model.EntityType.PERSON
            : speaker != null
                && (Phrases.isPersonalPronoun(head) || lexicon.isPersonNoun(head.word()));
    if (!person) {
      return null;
    }
    int verb = subject[1];
    while (verb < q && !Phrases.isVerb(tokens.get(verb))) {
      verb++;
    }
    if (verb >= q) {
      return null;
    }
    Token v = tokens.get(verb);
    return new Attribution(
        m.start(),
        m.end(),
        speaker,
        v.word(),
        v.start(),
        v.end(),
        tokens.get(subject[0]).start(),
        m.end(),
        0.4,
        true,
        false);
  }

  private Entity entityById(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }
}
