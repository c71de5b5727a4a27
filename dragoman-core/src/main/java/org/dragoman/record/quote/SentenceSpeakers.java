package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.language.PennTags;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Sentence;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/** Quotes whose own sentence names the speaker: cued elsewhere in it, or its person subject. */
final class SentenceSpeakers {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;

  SentenceSpeakers(DocumentView doc, SpeakerPhrases phrases) {
    this.doc = doc;
    this.phrases = phrases;
  }

  /**
   * "“Oh, let him decide,” said Joe Biden, urging them to “give him time.”", "Mr. Manafort, citing
   * “the unique magic of Trump,” said ...": a quotation in a sentence where a cue already names a
   * speaker is that speaker's (low confidence).
   */
  Attribution speakerOfSentence(MarkedQuote m, List<Attribution> known, boolean sentenceLike) {
    Sentence s = doc.sentenceAt(m.open());
    if (s == null) {
      return null;
    }
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
    Entity e = doc.speakers.entityOf(pick.speaker());
    boolean person = e != null && e.type() == EntityType.PERSON;
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
   * "Mr. Cruz pledged to oppose it “today, tomorrow, forever.”": a person who is the subject of a
   * verb before the quote in its sentence, with no reporting cue, probably says it (low
   * confidence).
   */
  Attribution personSubjectBefore(MarkedQuote m) {
    Sentence s = doc.sentenceAt(m.open());
    if (s == null) {
      return null;
    }
    int q = doc.tokenAt(m.open());
    int[] subject = phrases.mainSubject(s.firstToken(), q);
    if (subject == null) {
      return null;
    }
    Speaker speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
    Entity e = doc.speakers.entityOf(speaker);
    Token head = doc.tokens.get(subject[1] - 1);
    boolean person =
        e != null
            ? e.type() == EntityType.PERSON
            : speaker != null
                && (Phrases.isSingularPersonPronoun(head) || doc.lexicon.isPersonNoun(head.word()));
    if (!person) {
      return null;
    }
    int verb = subject[1];
    while (verb < q && !PennTags.isVerb(doc.tokens.get(verb))) {
      verb++;
    }
    if (verb >= q) {
      return null;
    }
    Token v = doc.tokens.get(verb);
    return new Attribution(
        m.start(),
        m.end(),
        speaker,
        v.word(),
        v.start(),
        v.end(),
        doc.tokens.get(subject[0]).start(),
        m.end(),
        0.4,
        true,
        false);
  }
}
