package org.dragoman.record.quote;

import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.WordSets;
import org.dragoman.model.Block;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * Where the content a cue reports begins and ends: the clause or object after the cue, the content
 * before a postposed cue, and the adjuncts and occasions skipped between them.
 */
final class ContentBounds {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;

  ContentBounds(DocumentView doc, SpeakerPhrases phrases) {
    this.doc = doc;
    this.phrases = phrases;
  }

  /**
   * The last token of a content from {@code from} to at most {@code last}: before a second
   * attribution in the same sentence (see {@link SecondAttribution}).
   */
  int beforeSecondAttribution(int from, int last) {
    return SecondAttribution.contentLast(
        doc.tokens, from, last, doc.quoted, doc.lexicon, phrases::holdsViews);
  }

  private static final Set<String> TEMPORAL =
      WordSets.union(
          Set.of(
              "today",
              "yesterday",
              "tonight",
              "earlier",
              "later",
              "recently",
              "again",
              "also",
              "publicly",
              "privately",
              "repeatedly",
              "once"),
          CalendarWords.WEEKDAYS);

  private static final Set<String> ADJUNCT_PREPOSITIONS =
      Set.of("on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "via");

  /** What "say" reports as a plain object: "said it", "said the same", "said nothing". */
  private static final Set<String> SAID_OBJECTS =
      Set.of("it", "this", "that", "so", "same", "nothing", "something", "anything", "much");

  /**
   * The object a reporting verb takes when no clause or quotation follows it, as offsets, or null:
   * "emphasizes the law's successes", "explained why", "vowed to repeal it", "spoke about the
   * deal". Only with a subject that names someone, and not for verbs whose object is no content
   * ("added 200 jobs").
   */
  int[] objectAfter(int c, int j, int[] subject, int s0, int s1) {
    if (!doc.lexicon.takesObjectContent(TokenWords.lemma(doc.tokens.get(c)))
        || !phrases.holdsViews(subject[0], subject[1])) {
      return null;
    }
    int last = doc.lastContent(s0, s1);
    int k = skipOccasions(j, last);
    if (k > last || doc.lexicon.needsTopic(TokenWords.lemma(doc.tokens.get(c))) && !isTopic(k)) {
      return null;
    }
    int from = ObjectContent.start(doc.tokens, k, last, this::isAddressee);
    if (from < 0 || doc.quoted[from] || reportedLater(from, last)) {
      return null;
    }
    int npEnd = Phrases.npEndForward(doc.tokens, from, last + 1);
    if (npEnd > from && phrases.isTimeAdjunct(from, npEnd)) {
      return null; // "said Wednesday"
    }
    if ("say".equals(TokenWords.lemma(doc.tokens.get(c)))
        && npEnd > from
        && !SAID_OBJECTS.contains(TokenWords.lower(doc.tokens.get(npEnd - 1)))) {
      return null; // "said Mr. Cruz" is an inverted cue, "said the same" reports
    }
    int to = beforeSecondAttribution(from, ObjectContent.end(doc.tokens, from, last));
    return new int[] {doc.tokens.get(from).start(), doc.tokens.get(to).end()};
  }

  /** A topic preposition: "about", "on", "of", "over", "at". */
  boolean isTopic(int k) {
    return Set.of("about", "on", "of", "over", "at").contains(TokenWords.lower(doc.tokens.get(k)));
  }

  /**
   * Skips what tells when or how something was said after a cue: "Tuesday", "in an interview", "at
   * a rally on Monday", "in a statement,".
   */
  int skipOccasions(int j, int last) {
    int k = j;
    for (int guard = 0; guard < 4 && k <= last; guard++) {
      Token t = doc.tokens.get(k);
      if (TEMPORAL.contains(TokenWords.lower(t))) {
        k++;
        continue;
      }
      int e =
          ADJUNCT_PREPOSITIONS.contains(TokenWords.lower(t)) && k + 1 <= last
              ? Phrases.npEndForward(doc.tokens, k + 1, last + 1)
              : Phrases.npEndForward(doc.tokens, k, last + 1);
      int head = e - 1;
      boolean adjunct =
          e > k
              && e - k <= 7
              && head >= k
              && (phrases.isTimeAdjunct(head, e)
                  || ADJUNCT_PREPOSITIONS.contains(TokenWords.lower(t))
                      && (doc.lexicon.isOccasion(TokenWords.lemma(doc.tokens.get(head)))
                          || doc.lexicon.isDocumentNoun(TokenWords.lemma(doc.tokens.get(head)))));
      if (!adjunct) {
        break;
      }
      k = e;
      if (k <= last && doc.tokens.get(k).word().equals(",")) {
        k++;
      }
    }
    return k;
  }

  /**
   * Whether a cue at the end of the sentence reports all of it: "Uzbekistan has asked to take part,
   * Minister Rakhimov said." Then the inner cue gives way to that one.
   */
  boolean reportedLater(int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (!doc.tokens.get(k).word().equals(",")) {
        continue;
      }
      int v = k + 1;
      if (!isSayingCue(v)) {
        v = Phrases.npEndForward(doc.tokens, k + 1, last + 1);
        if (v == k + 1) {
          continue;
        }
        v = phrases.extendToPerson(v, last + 1);
        if (v < last && PennTags.of(doc.tokens.get(v)).equals("IN")) {
          int pp = Phrases.npEndForward(doc.tokens, v + 1, last + 1); // "a diplomat in Moscow told"
          v = pp > v + 1 ? pp : v;
        }
        while (v <= last && PennTags.isAdverb(doc.tokens.get(v))) {
          v++;
        }
      }
      if (v <= last && isSayingCue(v) && last - v <= 8 && !clauseAfter(v + 1, last)) {
        return true;
      }
    }
    return false;
  }

  /** A finite verb or "that" in [from, last]: the cue there reports what follows it. */
  private boolean clauseAfter(int from, int last) {
    for (int k = from; k <= last; k++) {
      if (DocumentView.isFinite(doc.tokens.get(k))
          || TokenWords.lower(doc.tokens.get(k)).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** A finite say, tell or that-class cue ("said", "told", "wrote"). */
  private boolean isSayingCue(int k) {
    Token t = doc.tokens.get(k);
    VerbClass vc = doc.lexicon.verb(t.lemma());
    return vc != null && vc != VerbClass.STANCE && DocumentView.isFinite(t);
  }

  /** A token heading someone spoken to: a pronoun, a named person or group, "reporters". */
  private boolean isAddressee(int k) {
    Token t = doc.tokens.get(k);
    return PennTags.isPersonalPronoun(t)
        || phrases.isNamedGroupOrPerson(k)
        || doc.lexicon.isPersonNoun(t.word())
        || doc.lexicon.isGroupNoun(t.word());
  }

  /** A one-word object that is someone: "backed Trump", "favored her". */
  boolean namedObject(int k) {
    Token t = doc.tokens.get(k);
    return phrases.isNamedGroupOrPerson(k)
        || PennTags.isPersonalPronoun(t)
            && Set.of("him", "her", "them").contains(TokenWords.lower(t));
  }

  /** The content a cue introduces after it, as offsets, or null. */
  int[] contentAfter(int c, int j, VerbClass vc, int s0, int s1) {
    int last = doc.lastContent(s0, s1);
    // "said: “...”", "said, “...”", "said “...”", "wrote:" before a block quote
    int k = j;
    if (k < s1
        && (TokenWords.lower(doc.tokens.get(k)).equals(":")
            || doc.tokens.get(k).word().equals(","))) {
      k++;
    }
    int from = k < s1 ? doc.tokens.get(k).start() : doc.tokens.get(s1 - 1).end();
    MarkedQuote next = doc.markOpeningAt(from);
    if (next != null && (k < s1 || TokenWords.lower(doc.tokens.get(j)).equals(":"))) {
      return new int[] {next.start(), next.end()};
    }
    if (j < s1 && TokenWords.lower(doc.tokens.get(j)).equals(":")) {
      Block b = doc.blockAfter(doc.tokens.get(j).end());
      if (b != null) {
        return new int[] {b.start(), b.end()};
      }
    }
    // "that" after at most a few adjunct words
    for (int t = j; t < Math.min(j + 9, last); t++) {
      Token tok = doc.tokens.get(t);
      if (TokenWords.lower(tok).equals("that")) {
        int from2 = t + 1;
        if (from2 <= last && doc.contentBetween(from2, last + 1)) {
          int end = beforeSecondAttribution(from2, last);
          return new int[] {doc.tokens.get(from2).start(), doc.tokens.get(end).end()};
        }
        return null;
      }
      if (PennTags.isVerb(tok) || TokenWords.lower(tok).matches("[;:]") || doc.quoted[t]) {
        break;
      }
    }
    // a bare clause after a say-verb: "said he would", "said Tuesday the plan was"
    if (vc == VerbClass.SAY && j <= last) {
      int t = skipAdjuncts(j, last);
      if (t <= last && startsClause(t, last)) {
        int end = beforeSecondAttribution(t, last);
        return new int[] {doc.tokens.get(t).start(), doc.tokens.get(end).end()};
      }
      if (t <= last && PennTags.of(doc.tokens.get(t)).matches("IN|RB")) {
        // "says despite being an alumna, she plans to"
        for (int p = t + 1; p <= last && p <= t + 14; p++) {
          if (doc.tokens.get(p).word().equals(",")) {
            if (p + 1 <= last && startsClause(p + 1, last)) {
              int end = beforeSecondAttribution(p + 1, last);
              return new int[] {doc.tokens.get(t).start(), doc.tokens.get(end).end()};
            }
            break;
          }
        }
      }
    }
    // a quotation later in the same clause: "expressed his “gratitude ...”"; not one that opens
    // after the sentence's final stop ("urged them to act. ''We must ...,'' said X")
    for (int t = j; t < s1; t++) {
      Token tok = doc.tokens.get(t);
      if (PennTags.of(tok).equals(".")) {
        return null;
      }
      if (Phrases.isQuoteToken(tok)) {
        MarkedQuote m = doc.markOpeningAt(tok.start());
        return m == null ? null : new int[] {m.start(), m.end()};
      }
      if (TokenWords.lower(tok).matches("[;:]") || doc.isCue(tok)) {
        return null;
      }
    }
    return null;
  }

  /** Skips "on Friday", "in a statement", "Tuesday", "again" after a cue. */
  private int skipAdjuncts(int j, int last) {
    int t = j;
    for (int guard = 0; guard < 4 && t <= last; guard++) {
      Token tok = doc.tokens.get(t);
      String w = TokenWords.lower(tok);
      if (TEMPORAL.contains(w)) {
        t++;
        continue;
      }
      if (ADJUNCT_PREPOSITIONS.contains(w) && t + 1 <= last) {
        int e = Phrases.npEndForward(doc.tokens, t + 1, last + 1);
        if (e > t + 1 && e - t <= 6) {
          t = e;
          if (t <= last && doc.tokens.get(t).word().equals(",")) {
            t++;
          }
          continue;
        }
      }
      break;
    }
    return t;
  }

  /** A clause starts at {@code t}: a subject-like word with a verb soon after. */
  private boolean startsClause(int t, int last) {
    Token first = doc.tokens.get(t);
    String p = PennTags.of(first);
    boolean subjectLike =
        Phrases.isSubjectPronoun(first)
            || p.equals("DT")
            || p.equals("EX")
            || PennTags.isNoun(p)
            || PennTags.isPossessivePronoun(p)
            || PennTags.isAdjective(p)
            || p.equals("CD");
    if (!subjectLike) {
      return false;
    }
    for (int k = t + 1; k <= Math.min(last, t + 15); k++) {
      Token tok = doc.tokens.get(k);
      if (PennTags.isVerb(tok)) {
        if (PennTags.of(tok).matches("VBG|VBN")
            && PennTags.of(doc.tokens.get(k - 1)).matches("DT|JJ.*|PRP\\$|POS|CD")) {
          continue; // "the fading attention", "the key to Republicans' taking"
        }
        return !PennTags.of(tok).equals("VBG") || Phrases.isVerbPrefix(doc.tokens.get(k - 1));
      }
      if (tok.word().matches("[,;:()]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tokens [from, to) hold a finite verb of a main clause (or a quotation): not "For instance, X
   * showed" nor "Usually when history is made, X explained", where only an adverbial or a
   * subordinate clause stands before the subject.
   */
  private boolean mainClauseIn(int from, int to) {
    boolean opening = false;
    for (int k = from; k < to; k++) {
      Token t = doc.tokens.get(k);
      if (doc.quoted[k] || Phrases.isQuoteToken(t)) {
        return true;
      }
      if (Phrases.isSubordinator(t)) {
        opening = true;
      } else if (DocumentView.isClauseBreak(t)) {
        opening = false;
      } else if (!opening && (DocumentView.isFinite(t) || taggedAsParticiple(k, from))) {
        return true;
      }
    }
    return false;
  }

  /** "hackers compromised 12 workstations", with the verb tagged as a participle. */
  private boolean taggedAsParticiple(int k, int from) {
    return k > from
        && PennTags.of(doc.tokens.get(k)).equals("VBN")
        && PennTags.of(doc.tokens.get(k - 1)).matches("NNS?|NNPS?|PRP");
  }

  /** The content before a postposed cue whose boundary token is {@code b}. */
  int[] contentBefore(int b, int s0, int s1, boolean parenthetical) {
    int q = b;
    if (doc.tokens.get(q).word().equals(",")
        && q - 1 >= 0
        && Phrases.isQuoteToken(doc.tokens.get(q - 1))) {
      q--;
    }
    MarkedQuote m = doc.closingMarkAt(doc.tokens.get(q).start());
    if (m != null) {
      return new int[] {m.start(), m.end()};
    }
    if (b <= s0 || !doc.contentBetween(s0, b) || !parenthetical && !mainClauseIn(s0, b)) {
      return null;
    }
    int end =
        parenthetical ? doc.tokens.get(doc.lastContent(s0, s1)).end() : doc.tokens.get(b - 1).end();
    return new int[] {doc.tokens.get(s0).start(), end};
  }
}
