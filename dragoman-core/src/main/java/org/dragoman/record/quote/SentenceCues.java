package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * The cues without quotation marks in one sentence: headlines, "according to", reporting verbs, cue
 * nouns ("his claim that"), impersonal cues and attitudes ("optimistic that").
 */
final class SentenceCues {
  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final ContentBounds bounds;
  private final QuoteAssembly assembly;
  private final HeadlineCues headlines;
  private final VerbCues verbCues;

  /** The token after the modifiers of the last "according to" source; none of them is a cue. */
  private int sourceEnd = -1;

  SentenceCues(
      DocumentView doc,
      SpeakerPhrases phrases,
      ContentBounds bounds,
      QuoteAssembly assembly,
      HeadlineCues headlines,
      VerbCues verbCues) {
    this.doc = doc;
    this.phrases = phrases;
    this.bounds = bounds;
    this.assembly = assembly;
    this.headlines = headlines;
    this.verbCues = verbCues;
  }

  // ---------------------------------------------------------------- cues in one sentence

  void sentence(int s0, int s1) {
    headlines.headline(s0, s1);
    for (int i = s0; i < s1; i++) {
      if (doc.quoted[i] || i < sourceEnd) {
        continue;
      }
      Attribution around = doc.foundAround(doc.tokens.get(i).start());
      if (around != null && innerSaying(around, i, s0)) {
        // "Harris said Brown had told him the plan would fail", "According to Politico, Jones
        // said ...": a statement whose whole clause is the content of the one around it
        verbCues.verb(i, i + 1, doc.lexicon.verb(doc.tokens.get(i).lemma()), s0, s1);
        continue;
      }
      if (around != null) {
        // "She compared it to a “root canal,” according to his memoir": an outer source at the
        // end of a statement found already, which reports the whole clause
        int phrase = phraseAt(i, s1);
        if (phrase > 0 && afterComma(i, s0)) {
          according(i, phrase, s0, s1, true);
        }
        continue;
      }
      int phrase = phraseAt(i, s1);
      if (phrase > 0) {
        according(i, phrase, s0, s1, false);
        continue;
      }
      Token t = doc.tokens.get(i);
      if (PennTags.isAdjective(t) && doc.lexicon.isAttitude(t.word())) {
        attitude(i, s0, s1);
        continue;
      }
      if (PennTags.isNoun(t) && doc.lexicon.isCueNoun(TokenWords.lemma(t))) {
        nounCue(i, s0, s1);
        continue;
      }
      if (!PennTags.isVerbForm(t)) {
        continue;
      }
      int impersonalEnd = ImpersonalCue.cueEnd(doc.tokens, i, s0, s1);
      if (impersonalEnd > 0) {
        impersonal(i, impersonalEnd, s0, s1);
        continue;
      }
      VerbClass vc = doc.lexicon.verb(t.lemma());
      if (vc == null || i + 1 < s1 && TokenWords.lower(doc.tokens.get(i + 1)).matches("tanks?")) {
        continue; // "think tanks"
      }
      int cueEnd = i + 1;
      if ("point".equals(TokenWords.lemma(t))) {
        if (cueEnd < s1 && TokenWords.lower(doc.tokens.get(cueEnd)).matches("out|to")) {
          cueEnd++;
        } else {
          continue;
        }
      }
      verbCues.verb(i, cueEnd, vc, s0, s1);
    }
  }

  private int phraseAt(int i, int s1) {
    for (List<String> p : doc.lexicon.phrases()) {
      if (i + p.size() > s1) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < p.size() && match; k++) {
        match = TokenWords.lower(doc.tokens.get(i + k)).equals(p.get(k));
      }
      if (match) {
        return p.size();
      }
    }
    return 0;
  }

  /**
   * "According to X, ...", "..., according to X." and "..., according to X, ..."; only the second
   * when {@code trailing}. The words right after X that no comma parts from it modify it ("two
   * people familiar with the talks").
   */
  private void according(int i, int len, int s0, int s1, boolean trailing) {
    int npFrom = i + len;
    int npTo = Phrases.npEndForward(doc.tokens, npFrom, s1);
    if (npTo == npFrom) {
      // "according to a just-released poll from X": the last noun before a preposition or comma
      int k = npFrom;
      int head = -1;
      while (k < s1
          && k < npFrom + 12
          && !doc.tokens.get(k).word().matches("[,;:.]")
          && !PennTags.of(doc.tokens.get(k)).equals("IN")) {
        if (PennTags.isNoun(doc.tokens.get(k))) {
          head = k;
        }
        k++;
      }
      if (head < 0) {
        return;
      }
      npTo = head + 1;
    }
    // "according to a report by Reuters": the agent names the source
    if (npTo + 1 < s1
        && doc.lexicon.isDocumentNoun(TokenWords.lemma(doc.tokens.get(npTo - 1)))
        && Set.of("by", "from", "of").contains(TokenWords.lower(doc.tokens.get(npTo)))) {
      int agentTo = Phrases.npEndForward(doc.tokens, npTo + 1, s1);
      boolean of = TokenWords.lower(doc.tokens.get(npTo)).equals("of");
      // "an analysis of campaign filings": after "of", only someone named is the agent
      if (agentTo > npTo + 1 && (!of || phrases.namesSomeone(npTo + 1, agentTo))) {
        npFrom = npTo + 1;
        npTo = agentTo;
      }
    }
    int phraseEnd = npTo;
    // "according to early results of exit polls conducted by Edison Research", "a count by The
    // Associated Press", "a new article in Politico": a named organization or person further on
    int[] agent = namedAgentAfter(npFrom, npTo, s1);
    int nameEnd = npTo;
    if (agent != null) {
      npFrom = agent[0];
      npTo = agent[1];
      phraseEnd = agent[2];
      nameEnd = npTo;
    } else {
      // "according to lawyers with the Okafor Legal Project": the people named by their group
      nameEnd = phrases.namedModifierEnd(npFrom, npTo, s1);
      if (nameEnd == npTo) {
        nameEnd = describedSourceEnd(npFrom, npTo, s1);
      }
      phraseEnd = Math.max(phraseEnd, nameEnd);
    }
    Speaker speaker = doc.speakers.resolve(npFrom, npTo, nameEnd);
    if (speaker == null) {
      return;
    }
    int last = doc.lastContent(s0, s1);
    boolean before = doc.contentBetween(s0, i);
    int after = phraseEnd;
    while (after < s1 && DocumentView.isPunct(doc.tokens.get(after))) {
      after++;
    }
    boolean modifies = before && after == phraseEnd && noClauseBreak(after, last + 1);
    boolean hasAfter = after <= last && doc.contentBetween(after, last + 1) && !modifies;
    if (modifies) {
      sourceEnd = last + 1; // "an official who spoke on the condition of anonymity": no statement
    }
    if (trailing && (!before || hasAfter)) {
      return;
    }
    int[] reporter = before && hasAfter ? reporterBefore(i, s0) : null;
    boolean ownBefore =
        before
            && hasAfter
            && reporter == null
            && !PennTags.of(doc.tokens.get(after)).matches("WDT|WP|WP\\$") // "X, which tracks"
            && statementBefore(s0, i);
    if (reporter != null && after == phraseEnd) {
      // the source's own modifiers ("sources in the meetings") run to the comma that ends it
      int comma = after;
      while (comma < last && comma < after + 12 && !doc.tokens.get(comma).word().equals(",")) {
        comma++;
      }
      if (comma >= last || !doc.tokens.get(comma).word().equals(",")) {
        reporter = null;
      } else {
        after = comma + 1;
      }
    }
    int start;
    int end;
    if (!before && hasAfter || reporter != null || ownBefore) {
      start = doc.tokens.get(after).start();
      end = doc.tokens.get(bounds.beforeSecondAttribution(after, last)).end();
      if (reporter != null) {
        // "Politico reported, according to sources in the meetings, Clinton tried ...": Politico
        // reports the sources' account, the sources the clause after them
        Speaker outer = doc.speakers.resolve(reporter[0], reporter[1], reporter[2]);
        if (outer != null) {
          assembly.add(
              doc.tokens.get(i).start(),
              doc.tokens.get(last).end(),
              outer,
              i - 2,
              i - 1,
              reporter[0],
              reporter[1],
              assembly.confidence(outer, 0.8));
        }
      }
    } else if (before && !hasAfter) {
      start = doc.tokens.get(s0).start();
      end = doc.tokens.get(doc.lastBefore(i, s0)).end();
    } else if (before) {
      start = doc.tokens.get(s0).start();
      end = doc.tokens.get(last).end();
    } else {
      return;
    }
    assembly.add(start, end, speaker, i, i + len, npFrom, npTo, assembly.confidence(speaker, 0.85));
  }

  /**
   * "according to figures the campaign released Friday", "a memo released by the agency's
   * watchdog", "three sources who spoke to Fox News": for a source headed by a common noun, the end
   * of its modifiers up to the next comma or stop when they name someone or something (a proper
   * noun) and the phrase itself names nothing; else {@code to}.
   */
  private int describedSourceEnd(int from, int to, int s1) {
    for (int k = from; k < to; k++) {
      if (Phrases.isProperOrNamed(doc.tokens.get(k)) || doc.speakers.entityAt(k) != null) {
        return to; // "a Kazakh diplomat quoted in ...": the phrase names its source already
      }
    }
    boolean relative = false;
    boolean proper = false;
    int end = to;
    for (int k = to; k < s1 && k < to + 16; k++) {
      Token t = doc.tokens.get(k);
      if (t.word().matches("[,;:.!?]|\\(|-LRB-")
          || DocumentView.isDash(t)
          || Phrases.isQuoteToken(t)
          || doc.quoted[k]
          || DocumentView.isFinite(t) && !relative) {
        break;
      }
      relative |= Phrases.isRelative(t);
      end = k + 1;
    }
    while (end > to && !PennTags.isNoun(doc.tokens.get(end - 1))) {
      end--; // not a dangling preposition or adverb
    }
    for (int k = to; k < end; k++) {
      proper |= Phrases.isProperOrNamed(doc.tokens.get(k));
    }
    return proper ? end : to;
  }

  /**
   * Whether the verb of saying or telling at {@code i} (finite, "had told", "would say") opens a
   * statement of its own inside the content of {@code around}: that content starts with the verb's
   * subject, which is not who speaks in {@code around}.
   */
  private boolean innerSaying(Attribution around, int i, int s0) {
    Token t = doc.tokens.get(i);
    VerbClass vc = PennTags.isVerb(t) ? doc.lexicon.verb(t.lemma()) : null;
    boolean perfect =
        i > s0
            && (PennTags.of(t).equals("VBN") && "have".equals(doc.tokens.get(i - 1).lemma())
                || PennTags.of(t).equals("VB") && PennTags.isModal(doc.tokens.get(i - 1)));
    if (around.speaker() == null
        || around.marks()
        || !DocumentView.isFinite(t) && !perfect
        || vc != VerbClass.SAY && vc != VerbClass.TELL) {
      return false;
    }
    int[] subject = phrases.subjectBefore(i, s0);
    return subject != null
        && doc.tokens.get(subject[0]).start() == around.start()
        && !Phrases.isSubjectPronoun(doc.tokens.get(subject[0]));
  }

  /**
   * Whether a statement with a speaker and cue of its own ends before token {@code i} in the
   * sentence from {@code s0}: "Clinton blamed the video while — according to emails — knowing ...",
   * where the source after it reports only what follows.
   */
  private boolean statementBefore(int s0, int i) {
    int from = doc.tokens.get(s0).start();
    int to = doc.tokens.get(i).start();
    for (int k = doc.found.size() - 1; k >= 0 && k >= doc.found.size() - 4; k--) {
      Attribution a = doc.found.get(k);
      if (a.speaker() != null && a.cueStart() >= from && a.start() >= from && a.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of "X reported," when it is all that comes before the "according to" at {@code i}
   * in the sentence: {from, to, name end}; else null.
   */
  private int[] reporterBefore(int i, int s0) {
    int v = i - 2;
    if (v <= s0 || !doc.tokens.get(i - 1).word().equals(",")) {
      return null;
    }
    Token verb = doc.tokens.get(v);
    VerbClass vc = doc.lexicon.verb(verb.lemma());
    if (!DocumentView.isFinite(verb) || vc == null || vc == VerbClass.STANCE) {
      return null;
    }
    int[] subject = phrases.subjectBefore(v, s0);
    return subject != null && subject[0] == s0 && phrases.holdsViews(subject[0], subject[1])
        ? subject
        : null;
  }

  /**
   * Whether a comma, or a comma and a closing quotation mark ("a “root canal,” according"), ends at
   * i.
   */
  private boolean afterComma(int i, int s0) {
    if (i > s0 && doc.tokens.get(i - 1).word().equals(",")) {
      return true;
    }
    return i - 1 > s0
        && Phrases.isQuoteToken(doc.tokens.get(i - 1))
        && doc.tokens.get(i - 2).word().equals(",");
  }

  /** Whether no comma, semicolon, colon or dash lies in tokens [from, to). */
  private boolean noClauseBreak(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = doc.tokens.get(k);
      if (DocumentView.isClauseBreak(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a source phrase [from, to) headed by a common noun that names no one, the first named
   * organization or person after a preposition before the next comma: {agent start, agent end,
   * phrase end}. Null when the head names someone or nothing named follows.
   */
  private int[] namedAgentAfter(int from, int to, int s1) {
    int head = to - 1;
    Token h = doc.tokens.get(head);
    if (doc.speakers.entityAt(head) != null
        || Phrases.isProperOrNamed(h)
        || doc.lexicon.isPersonNoun(h.word())
        || !PennTags.isNoun(h)) {
      return null;
    }
    int stop = to;
    while (stop < s1 && stop < to + 16) {
      Token t = doc.tokens.get(stop);
      if (t.word().matches("[,;:.]") || Phrases.isQuoteToken(t) || doc.quoted[stop]) {
        break;
      }
      stop++;
    }
    for (int k = to + 1; k < stop; k++) {
      int p = k - 1;
      if (PennTags.of(doc.tokens.get(p)).equals("DT") && p > to) {
        p--;
      }
      if (!Set.of("by", "from", "of", "in", "for").contains(TokenWords.lower(doc.tokens.get(p)))) {
        continue;
      }
      if (!phrases.isNamedGroupOrPerson(k)) {
        continue;
      }
      int end = k + 1;
      while (end < stop && phrases.isNamedGroupOrPerson(end)) {
        end++;
      }
      return new int[] {k, end, stop};
    }
    return null;
  }

  /**
   * "his claim that the vote was rigged", "Trump's call for a ban", "made an impassioned call for
   * unity": the content after a reporting noun, said by its possessor or by the subject of the
   * light verb before it.
   */
  private void nounCue(int n, int s0, int s1) {
    int last = doc.lastContent(s0, s1);
    int from = NounCue.contentStart(doc.tokens, n, last);
    if (from < 0 || doc.quoted[from] || bounds.reportedLater(from, last)) {
      return;
    }
    int[] holder = NounCue.possessor(doc.tokens, n, s0);
    Speaker speaker;
    if (holder != null) {
      Token h = doc.tokens.get(holder[0]);
      String pronoun = NounCue.pronounOf(h);
      speaker =
          pronoun != null
              ? doc.speakers.pronoun(
                  new Token(h.start(), h.end(), pronoun, "PRP", pronoun, h.ner()), holder[0])
              : phrases.holdsViews(holder[0], holder[1])
                  ? doc.speakers.resolve(holder[0], holder[1])
                  : null;
    } else {
      int v = NounCue.lightVerb(doc.tokens, n, s0, doc.lexicon.lightVerbs());
      if (v < 0) {
        return;
      }
      int[] subject =
          NonFiniteCue.takesMainSubject(doc.tokens, v, s0)
              ? phrases.mainSubject(s0, v - 1)
              : phrases.subjectBefore(v, s0);
      if (subject == null || !phrases.holdsViews(subject[0], subject[1])) {
        return;
      }
      holder = subject;
      speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
    }
    if (speaker == null) {
      return;
    }
    int to = bounds.beforeSecondAttribution(from, ObjectContent.end(doc.tokens, from, last));
    // "Fernandez's pledge to cut fees won applause": the sentence's verb ends a subject's content
    to = NounCue.beforeMainVerb(doc.tokens, s0, n, from, to);
    assembly.add(
        doc.tokens.get(from).start(),
        doc.tokens.get(to).end(),
        speaker,
        n,
        n + 1,
        holder[0],
        holder[1],
        assembly.confidence(speaker, 0.6));
  }

  /**
   * "Sanders is expected to win", "he seems to have picked up a command": the clause with its
   * subject, credited to no one.
   */
  private void impersonal(int c, int cueEnd, int s0, int s1) {
    int verbStart = ImpersonalCue.predicateStart(doc.tokens, c, s0);
    int[] subject = phrases.subjectBefore(verbStart, s0);
    if (subject == null || doc.quoted[subject[0]] || subject[0] >= verbStart) {
      return;
    }
    int last = doc.lastContent(s0, s1);
    if (bounds.reportedLater(cueEnd, last)) {
      return; // "X is expected to present a proposal, a diplomat told Steppe Wire."
    }
    int end = ObjectContent.end(doc.tokens, cueEnd, last);
    int start = doc.tokens.get(subject[0]).start();
    int cueFrom = doc.tokens.get(verbStart).start();
    int cueTo = doc.tokens.get(cueEnd - 1).end();
    // "he seemed to indicate", "Messages seem to show": a subject that can hold views holds it
    Speaker holder =
        ImpersonalCue.isAppearance(doc.tokens.get(c)) && phrases.holdsViews(subject[0], subject[1])
            ? doc.speakers.resolve(subject[0], subject[1], subject[2])
            : null;
    doc.found.add(
        new Attribution(
            start,
            doc.tokens.get(end).end(),
            holder,
            doc.text.substring(cueFrom, cueTo),
            cueFrom,
            cueTo,
            start,
            doc.tokens.get(end).end(),
            0.3,
            false,
            false));
  }

  /** "His supporters are optimistic that he'll make a comeback", "critical of the deal". */
  private void attitude(int adj, int s0, int s1) {
    int next = adj + 1;
    if (next >= s1 || !TokenWords.lower(doc.tokens.get(next)).matches("that|about|of|on")) {
      return;
    }
    int j = adj - 1;
    while (j >= s0 && PennTags.isAdverb(doc.tokens.get(j))) {
      j--;
    }
    if (j < s0 || !"be".equals(TokenWords.lemma(doc.tokens.get(j)))) {
      return;
    }
    int[] subject = phrases.subjectBefore(j + 1, s0);
    int last = doc.lastContent(s0, s1);
    if (subject == null || !phrases.holdsViews(subject[0], subject[1]) || next + 1 > last) {
      return;
    }
    Speaker speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker != null) {
      assembly.add(
          doc.tokens.get(next + 1).start(),
          doc.tokens.get(bounds.beforeSecondAttribution(next + 1, last)).end(),
          speaker,
          adj,
          adj + 1,
          subject[0],
          subject[1],
          assembly.confidence(speaker, 0.6));
    }
  }
}
