package org.dragoman.record.quote;

import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * A reporting verb as a cue: its speaker and content before or after it, stances ("backed the
 * plan") and postposed cues ("..., she said").
 */
final class VerbCues {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final ContentBounds bounds;
  private final QuoteAssembly assembly;

  VerbCues(DocumentView doc, SpeakerPhrases phrases, ContentBounds bounds, QuoteAssembly assembly) {
    this.doc = doc;
    this.phrases = phrases;
    this.bounds = bounds;
    this.assembly = assembly;
  }

  /**
   * The subject of a participle cue: the person of an earlier "NAME going/VBG" in the same chain
   * ("I remember Ada Mensah going on the radio, declaring ..." -> Ada Mensah), else the sentence's
   * main subject.
   */
  private int[] participleSubject(int c, int s0) {
    for (int k = c - 1; k > s0 + 1; k--) {
      Token t = doc.tokens.get(k);
      if (PennTags.isFiniteVerb(t) || t.word().matches("[;:]")) {
        break;
      }
      if (PennTags.of(t).equals("VBG") && phrases.isPersonAt(k - 1)) {
        int a = Phrases.npStartBackward(doc.tokens, k - 1, s0);
        if (a >= 0) {
          return new int[] {a, k, k};
        }
      }
    }
    return phrases.mainSubject(s0, c - 1);
  }

  void verb(int c, int cueEnd, VerbClass vc, int s0, int s1) {
    String pos = PennTags.of(doc.tokens.get(c));
    if (pos.equals("VBN") && passiveOrAdjective(c, s0) || modifiesLaterSpeaker(c, s1)) {
      return;
    }
    boolean participle =
        pos.equals("VBG") && c > s0 && doc.tokens.get(c - 1).word().equals(",")
            || NonFiniteCue.takesMainSubject(doc.tokens, c, s0)
            || pos.equals("VBG") && writtenByMainSubject(c, s0)
            || pos.equals("VBG") && coordinatedParticiple(c, s0);
    if (vc == VerbClass.STANCE) {
      // "“...?” reacted Trump": a stance verb after a closing mark reports the quote
      if (!participle) {
        postposed(c, cueEnd, s0, s1, true);
      }
      stance(c, cueEnd, participle, s0, s1);
      return;
    }
    if (!participle && postposed(c, cueEnd, s0, s1, false)) {
      return;
    }
    int[] subject = participle ? participleSubject(c, s0) : phrases.subjectBefore(c, s0);
    if (subject == null) {
      return;
    }
    int j = cueEnd;
    if (vc == VerbClass.TELL) {
      int obj = Phrases.npEndForward(doc.tokens, j, s1);
      if (obj > j) {
        j = obj;
      }
    }
    int[] content = bounds.contentAfter(c, j, vc, s0, s1);
    if (content == null) {
      content = bounds.objectAfter(c, j, subject, s0, s1);
    }
    if (content == null) {
      return;
    }
    saidBySubject(subject, content[0], content[1], c, cueEnd, 0.85);
  }

  /**
   * Adds [start, end) as said through the cue [c, cueEnd) by the subject, when it names someone.
   */
  private void saidBySubject(int[] subject, int start, int end, int c, int cueEnd, double base) {
    Speaker speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null) {
      return;
    }
    assembly.add(
        start, end, speaker, c, cueEnd, subject[0], subject[1], assembly.confidence(speaker, base));
  }

  /**
   * "..., declaring a war on oil, and telling Americans that ...": a gerund coordinated with an
   * earlier participle of the same clause shares its subject.
   */
  private boolean coordinatedParticiple(int c, int s0) {
    int k = c - 1;
    if (k <= s0 || !TokenWords.lower(doc.tokens.get(k)).matches("and|or")) {
      return false;
    }
    for (k--; k > s0; k--) {
      Token t = doc.tokens.get(k);
      if (DocumentView.isFinite(t) || t.word().matches("[;:]")) {
        return false;
      }
      if (PennTags.of(t).equals("VBG")
          && !doc.quoted[k]
          && (doc.tokens.get(k - 1).word().equals(",") || phrases.isPersonAt(k - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "sent out a press release saying", "wrote in a statement to Wired explaining": a gerund after a
   * document that is the object of a verb or preposition reports what the main subject wrote.
   */
  private boolean writtenByMainSubject(int c, int s0) {
    int[] np = phrases.subjectBefore(c, s0);
    if (np == null || np[0] <= s0) {
      return false;
    }
    Token head = doc.tokens.get(np[1] - 1);
    if (!PennTags.isNoun(head)
        || Phrases.isProperOrNamed(head)
        || !doc.lexicon.isDocumentNoun(TokenWords.lemma(head))) {
      return false;
    }
    Token before = doc.tokens.get(np[0] - 1);
    return PennTags.of(before).matches("VB.*|RP|IN|TO") && !Phrases.isQuoteToken(before);
  }

  /**
   * "A statement posted on the website X said", "a report released by the Y Institute estimated": a
   * participle after a document that a later reporting verb has as its subject describes the
   * document; the later verb is the cue, and the agent or medium in between names the source.
   */
  private boolean modifiesLaterSpeaker(int c, int s1) {
    Token t = doc.tokens.get(c);
    if (c == 0 || c + 1 >= s1 || !PennTags.of(t).matches("VBN|VBD")) {
      return false;
    }
    Token noun = doc.tokens.get(c - 1);
    if (!PennTags.isCommonNoun(noun)
        || !doc.lexicon.isDocumentNoun(TokenWords.lemma(noun))
        || !PennTags.of(doc.tokens.get(c + 1)).equals("IN")) {
      return false;
    }
    for (int k = c + 2; k < s1 && k <= c + 16; k++) {
      Token v = doc.tokens.get(k);
      if (doc.quoted[k] || v.word().matches("[;:]") || Phrases.isQuoteToken(v)) {
        return false;
      }
      if (DocumentView.isFinite(v)) {
        return doc.lexicon.verb(v.lemma()) != null;
      }
    }
    return false;
  }

  /** "was asked", "the proposed plan": not a speaker reporting. */
  private boolean passiveOrAdjective(int c, int s0) {
    for (int k = c - 1; k >= s0 && k >= c - 3; k--) {
      Token t = doc.tokens.get(k);
      String l = TokenWords.lemma(t);
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (PennTags.of(t).matches("DT|PRP\\$|JJ.*|POS")) {
        return true;
      }
      if (!PennTags.isAdverb(t)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A position or intention: "Sanders wants to raise taxes", "Rubio praised the deal", "called for
   * more “flexibility”". Only with a subject that names someone.
   */
  private void stance(int c, int cueEnd, boolean participle, int s0, int s1) {
    int[] subject = participle ? participleSubject(c, s0) : phrases.subjectBefore(c, s0);
    if (subject == null || !phrases.holdsViews(subject[0], subject[1])) {
      return;
    }
    int last = doc.lastContent(s0, s1);
    int from = cueEnd;
    if (from < s1 && TokenWords.lower(doc.tokens.get(from)).matches("[:,]")) {
      from++;
    }
    from = bounds.skipOccasions(from, last);
    boolean topic = doc.lexicon.needsTopic(TokenWords.lemma(doc.tokens.get(c)));
    if (from > last || topic && !bounds.isTopic(from)) {
      return; // "spoke for 77 minutes", "commented on Tuesday"
    }
    if (topic) {
      from++;
    }
    if (from > last || last - from < 1 && !bounds.namedObject(from)) {
      return;
    }
    if (bounds.reportedLater(from, last)) {
      return;
    }
    last =
        bounds.beforeSecondAttribution(
            from, beforeOtherSpeaker(from, ObjectContent.end(doc.tokens, from, last)));
    if (last < from) {
      return;
    }
    saidBySubject(
        subject, doc.tokens.get(from).start(), doc.tokens.get(last).end(), c, cueEnd, 0.6);
  }

  /**
   * The last content token of a stance before a clause with another speaker: "Trump intends to
   * speak in May, Mr. Manafort said", "While Sanders has pledged to back her, Devine suggested that
   * ...": a comma, a noun phrase naming someone, then a finite verb.
   */
  private int beforeOtherSpeaker(int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (!doc.tokens.get(k).word().equals(",") || doc.quoted[k]) {
        continue;
      }
      int npTo = Phrases.npEndForward(doc.tokens, k + 1, last + 1);
      if (npTo == k + 1 || npTo > last || !phrases.namesSomeone(k + 1, npTo)) {
        continue;
      }
      int v = npTo;
      while (v <= last && PennTags.isAdverb(doc.tokens.get(v))) {
        v++;
      }
      if (v <= last && DocumentView.isFinite(doc.tokens.get(v))) {
        return k - 1;
      }
    }
    return last;
  }

  /**
   * A cue after its content: "“...,” noted Lavrov", "“...,” Lavrov asserted", "The talks failed,
   * officials said." and the parenthetical "His country, Burns said, needed ...".
   */
  private boolean postposed(int c, int cueEnd, int s0, int s1, boolean afterMarkOnly) {
    int boundary;
    int npFrom;
    int npTo;
    int after;
    int nameEnd = -1;
    int[] subject = phrases.subjectBefore(c, s0);
    int w = c - 1;
    while (w > s0 && Phrases.isVerbPrefix(doc.tokens.get(w))) {
      w--;
    }
    if (subject != null && w >= s0 && PennTags.of(doc.tokens.get(w)).matches("WP|WDT")) {
      return false; // "“...,” Cruz, who has proposed repealing it, said": the relative's verb
    }
    if (w > s0 && TokenWords.lower(doc.tokens.get(w)).matches("and|but")) {
      return false; // "outlets call upon experts and explain": the subject is the first verb's
    }
    if (afterMarkOnly) {
      int b = subject != null && doc.isBoundary(subject[0] - 1, s0) ? subject[0] - 1 : c - 1;
      if (b < 0 || !doc.isClosingMark(b) && !(b > 0 && doc.isClosingMark(b - 1))) {
        return false;
      }
    }
    if (subject != null
        && doc.isBoundary(subject[0] - 1, s0)
        && !newSentenceWithObject(subject[0] - 1, c, cueEnd, s1)) {
      npFrom = subject[0];
      npTo = subject[1];
      nameEnd = subject[2];
      boundary = subject[0] - 1;
      after = cueEnd;
    } else if (doc.isBoundary(c - 1, s0)) {
      // inverted: boundary, cue, speaker
      npFrom = cueEnd;
      npTo = Phrases.npEndForward(doc.tokens, npFrom, s1);
      if (npTo == npFrom || doc.lexicon.verb(doc.tokens.get(c).lemma()) == VerbClass.TELL) {
        return false; // "“...,” X told AFP": AFP listens
      }
      npTo = phrases.extendToPerson(npTo, s1);
      if (!phrases.holdsViews(npFrom, npTo)) {
        return false; // "said matter-of-factly", "..., suggests real progress": no one speaks
      }
      boundary = c - 1;
      after = npTo;
      nameEnd = phrases.namedModifierEnd(npFrom, npTo, s1); // "said lawyers for the Farmers Union"
    } else {
      return false;
    }
    boolean parenthetical = false;
    boolean words = false;
    int k = after;
    for (; k < s1; k++) {
      Token t = doc.tokens.get(k);
      if (PennTags.of(t).equals(".")) {
        break; // "said Boateng. ''By decree ...": a mark after the stop opens the next quote
      }
      if (doc.quoted[k] || Phrases.isQuoteToken(t)) {
        if (words) {
          return false; // "lawmakers said the country “cannot ...”": the cue reports what follows
        }
        break;
      }
      words |= Character.isLetterOrDigit(t.word().charAt(0));
      if (t.word().equals(",")) {
        parenthetical = k == after;
        break;
      }
      if (TokenWords.lower(t).equals("that")) {
        return false; // "told the session that ...", even when tagged as a relative pronoun
      }
      if (Phrases.isSubordinatorWord(TokenWords.lower(t)) || PennTags.of(t).matches("WDT|WP|WRB")) {
        break; // "said ... shortly after she called", "responded before adding"
      }
      if (DocumentView.isFinite(t) || t.word().equals(":")) {
        return false;
      }
    }
    Speaker speaker = doc.speakers.resolve(npFrom, npTo, nameEnd);
    if (speaker == null) {
      return false;
    }
    if (parenthetical && after + 1 < s1 && Phrases.isQuoteToken(doc.tokens.get(after + 1))) {
      parenthetical = false;
    }
    int[] content = bounds.contentBefore(boundary, s0, s1, parenthetical);
    if (content == null) {
      return false;
    }
    if (parenthetical && content[1] > doc.tokens.get(after).start()) {
      // "The plan works, Ebbers said, while Holloway warned ...": not the second statement
      int end = bounds.beforeSecondAttribution(after - 1, doc.lastContent(s0, s1));
      content[1] = doc.tokens.get(end < after ? doc.lastBefore(boundary, s0) : end).end();
    }
    assembly.add(
        content[0],
        content[1],
        speaker,
        c,
        cueEnd,
        npFrom,
        npTo,
        assembly.confidence(speaker, parenthetical ? 0.8 : 0.9));
    // "“Your Honor,” I said, “I would like ...”": the quote after the cue is the same speaker's
    if (after + 1 < doc.tokens.size() && doc.tokens.get(after).word().matches("[,:]")) {
      MarkedQuote next = doc.markOpeningAt(doc.tokens.get(after + 1).start());
      if (next != null && next.start() >= content[1]) {
        assembly.add(
            next.start(),
            next.end(),
            speaker,
            c,
            cueEnd,
            npFrom,
            npTo,
            assembly.confidence(speaker, 0.85));
      }
    }
    return true;
  }

  /**
   * "enjoys “Market Day.” Auntie Ada described a day at the farm": after a quotation closed by a
   * full stop, a subject whose verb takes an object starts a new statement, not a postposed cue.
   */
  private boolean newSentenceWithObject(int boundary, int c, int cueEnd, int s1) {
    MarkedQuote m = doc.closingMarkAt(doc.tokens.get(boundary).start());
    if (m == null
        || !doc.text.substring(m.start(), m.end()).endsWith(".")
        || cueEnd >= s1
        || doc.lexicon.verb(doc.tokens.get(c).lemma()) == VerbClass.TELL) {
      return false;
    }
    Token next = doc.tokens.get(cueEnd);
    return PennTags.of(next).matches("DT|PRP\\$|JJ.*|NNS?")
        && !phrases.isTimeAdjunct(cueEnd, Phrases.npEndForward(doc.tokens, cueEnd, s1));
  }
}
