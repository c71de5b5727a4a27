package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Entity;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Sentence;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * The attribution of one document, in one pass over its sentences: cues with their speakers and
 * content, then the quotation marks no cue claimed (continuations, block quotes, scare quotes).
 * Created per document; not shared between threads.
 */
final class DocumentAttributor {
  private static final Set<String> TEMPORAL =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
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
          "once");
  private static final Set<String> ADJUNCT_PREPOSITIONS =
      Set.of("on", "in", "at", "during", "after", "before", "last", "this", "late", "early", "via");
  private static final int MAX_SHORT_WORDS = 4;

  /** What "say" reports as a plain object: "said it", "said the same", "said nothing". */
  private static final Set<String> SAID_OBJECTS =
      Set.of("it", "this", "that", "so", "same", "nothing", "something", "anything", "much");

  private final String text;
  private final AnnotatedText annotated;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final ReportingLexicon lexicon;
  private final SpeakerResolver speakers;
  private final List<Span> paragraphs;
  private final List<Block> blockQuotes;
  private final List<MarkedQuote> marks;
  private final List<Citation> citations;
  private final boolean[] quoted;
  private final Map<Integer, MarkedQuote> byClose = new HashMap<>();
  private final List<Attribution> found = new ArrayList<>();
  private final List<Entity> entities;

  DocumentAttributor(
      Page page,
      AnnotatedText tagged,
      List<Entity> entities,
      List<Citation> citations,
      ReportingLexicon lexicon) {
    AnnotatedText annotated = NameTagging.retag(tagged, entities);
    this.text = annotated.text();
    this.annotated = annotated;
    this.tokens = annotated.tokens();
    this.sentences = annotated.sentences();
    this.lexicon = lexicon;
    this.citations = citations;
    this.entities = entities;
    this.speakers = new SpeakerResolver(annotated, entities, lexicon, page.authors());
    this.paragraphs = paragraphs(page, text);
    this.blockQuotes =
        page.blocks().stream().filter(b -> b.kind() == BlockKind.BLOCKQUOTE).toList();
    this.marks = QuoteMarks.find(text, paragraphs);
    this.quoted = new boolean[tokens.size()];
    for (MarkedQuote m : marks) {
      if (m.closed()) {
        byClose.put(m.close(), m);
      }
      for (int i = tokenAt(m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
        quoted[i] = true;
      }
    }
  }

  /** Paragraph spans: the page's blocks, else the text's lines. */
  static List<Span> paragraphs(Page page, String text) {
    List<Span> out = new ArrayList<>();
    if (!page.blocks().isEmpty()) {
      for (Block b : page.blocks()) {
        if (b.end() <= text.length() && b.start() < b.end()) {
          out.add(b.span());
        }
      }
      out.sort(Comparator.comparingInt(Span::start));
      return out;
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (!text.substring(start, i).isBlank()) {
          out.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return out;
  }

  List<Quote> run() {
    for (Sentence s : sentences) {
      speakers.scanSentence(s.firstToken(), s.endToken());
      sentence(s.firstToken(), s.endToken());
    }
    List<Attribution> all = absorbMarks();
    all.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    List<Attribution> kept = new ArrayList<>();
    for (Attribution a : all) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= a.start()) {
        kept.add(a);
      } else if (kept.get(kept.size() - 1).speaker() == null && a.speaker() != null) {
        kept.set(kept.size() - 1, a);
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Attribution a : kept) {
      Quote q = toQuote("q" + (quotes.size() + 1), a);
      if (q != null) {
        quotes.add(q);
      }
    }
    return quotes;
  }

  // ---------------------------------------------------------------- cues in one sentence

  private void sentence(int s0, int s1) {
    headline(s0, s1);
    for (int i = s0; i < s1; i++) {
      if (quoted[i] || insideFound(tokens.get(i).start())) {
        continue;
      }
      int phrase = phraseAt(i, s1);
      if (phrase > 0) {
        according(i, phrase, s0, s1);
        continue;
      }
      Token t = tokens.get(i);
      if (Phrases.pos(t).startsWith("JJ") && lexicon.isAttitude(t.word())) {
        attitude(i, s0, s1);
        continue;
      }
      if (Phrases.isNoun(t) && lexicon.isCueNoun(lemma(t))) {
        nounCue(i, s0, s1);
        continue;
      }
      if (!Phrases.pos(t).startsWith("VB")) {
        continue;
      }
      int impersonalEnd = ImpersonalCue.cueEnd(tokens, i, s0, s1);
      if (impersonalEnd > 0) {
        impersonal(i, impersonalEnd, s0, s1);
        continue;
      }
      VerbClass vc = lexicon.verb(t.lemma());
      if (vc == null || i + 1 < s1 && Phrases.lower(tokens.get(i + 1)).matches("tanks?")) {
        continue; // "think tanks"
      }
      int cueEnd = i + 1;
      if ("point".equals(lemma(t))) {
        if (cueEnd < s1 && Phrases.lower(tokens.get(cueEnd)).matches("out|to")) {
          cueEnd++;
        } else {
          continue;
        }
      }
      verb(i, cueEnd, vc, s0, s1);
    }
  }

  /** "Trump: Cruz Has a Long Way to Go": a named source, a colon, then what it says. */
  private void headline(int s0, int s1) {
    int colon = -1;
    for (int k = s0 + 1; k < Math.min(s1, s0 + 7); k++) {
      if (tokens.get(k).word().equals(":")) {
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
    if (Phrases.npEndForward(tokens, s0, colon) != colon) {
      return;
    }
    Token head = tokens.get(colon - 1);
    Entity e = speakers.entityAt(colon - 1);
    boolean named =
        e != null
            ? e.type() == org.dragoman.model.EntityType.PERSON
                || e.type() == org.dragoman.model.EntityType.ORGANIZATION
            : "PERSON".equals(head.ner()) || "ORGANIZATION".equals(head.ner());
    int last = lastContent(s0, s1);
    if (!named
        || last - colon < 3
        || quoted[colon + 1] && markOpeningAt(tokens.get(colon + 1).start()) == null) {
      return;
    }
    Speaker speaker = speakers.resolve(s0, colon);
    if (speaker != null) {
      add(
          tokens.get(colon + 1).start(),
          tokens.get(last).end(),
          speaker,
          colon,
          colon + 1,
          s0,
          colon,
          confidence(speaker, 0.6));
    }
  }

  /**
   * "FALLIN: I think ..." or "MR. TRUMP: We will ...": a speaker label in capitals opening a
   * paragraph, as in a transcript, speaks the rest of the paragraph.
   */
  private boolean transcriptLabel(int s0, int colon, int s1) {
    int pi = paragraphIndex(tokens.get(s0).start());
    if (pi <= 0 || !blankBetween(paragraphs.get(pi).start(), tokens.get(s0).start())) {
      return false; // not a paragraph opening, or the title line
    }
    Span paragraph = paragraphs.get(pi);
    int letters = 0;
    for (int k = s0; k < colon; k++) {
      String w = tokens.get(k).word();
      if (!w.matches("[A-Z][A-Z.'’-]*") || NOT_LABELS.contains(w)) {
        return false;
      }
      letters += w.replaceAll("[^A-Z]", "").length();
    }
    int end = colon + 1;
    while (end < tokens.size() && tokens.get(end).end() <= paragraph.end()) {
      end++;
    }
    if (letters < 3 || end - colon < 4) {
      return false;
    }
    Speaker speaker = speakers.label(s0, colon);
    int last = end - 1;
    add(
        tokens.get(colon + 1).start(),
        tokens.get(last).end(),
        speaker,
        colon,
        colon + 1,
        s0,
        colon,
        confidence(speaker, 0.7));
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

  private boolean insideFound(int offset) {
    for (int k = found.size() - 1; k >= 0 && k >= found.size() - 4; k--) {
      Attribution a = found.get(k);
      if (a.start() <= offset && offset < a.end()) {
        return true;
      }
    }
    return false;
  }

  private int phraseAt(int i, int s1) {
    for (List<String> p : lexicon.phrases()) {
      if (i + p.size() > s1) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < p.size() && match; k++) {
        match = Phrases.lower(tokens.get(i + k)).equals(p.get(k));
      }
      if (match) {
        return p.size();
      }
    }
    return 0;
  }

  /** "According to X, ...", "..., according to X." and "..., according to X, ...". */
  private void according(int i, int len, int s0, int s1) {
    int npFrom = i + len;
    int npTo = Phrases.npEndForward(tokens, npFrom, s1);
    if (npTo == npFrom) {
      // "according to a just-released poll from X": the last noun before a preposition or comma
      int k = npFrom;
      int head = -1;
      while (k < s1
          && k < npFrom + 12
          && !tokens.get(k).word().matches("[,;:.]")
          && !Phrases.pos(tokens.get(k)).equals("IN")) {
        if (Phrases.isNoun(tokens.get(k))) {
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
        && lexicon.isDocumentNoun(lemma(tokens.get(npTo - 1)))
        && Set.of("by", "from", "of").contains(Phrases.lower(tokens.get(npTo)))) {
      int agentTo = Phrases.npEndForward(tokens, npTo + 1, s1);
      if (agentTo > npTo + 1) {
        npFrom = npTo + 1;
        npTo = agentTo;
      }
    }
    int phraseEnd = npTo;
    // "according to early results of exit polls conducted by Edison Research", "a count by The
    // Associated Press", "a new article in Politico": a named organization or person further on
    int[] agent = namedAgentAfter(npFrom, npTo, s1);
    if (agent != null) {
      npFrom = agent[0];
      npTo = agent[1];
      phraseEnd = agent[2];
    }
    Speaker speaker = speakers.resolve(npFrom, npTo);
    if (speaker == null) {
      return;
    }
    int last = lastContent(s0, s1);
    boolean before = contentBetween(s0, i);
    int after = phraseEnd;
    while (after < s1 && isPunct(tokens.get(after))) {
      after++;
    }
    boolean hasAfter = after <= last && contentBetween(after, last + 1);
    int start;
    int end;
    if (!before && hasAfter) {
      start = tokens.get(after).start();
      end = tokens.get(beforeSecondAttribution(after, last)).end();
    } else if (before && !hasAfter) {
      start = tokens.get(s0).start();
      end = tokens.get(lastBefore(i, s0)).end();
    } else if (before) {
      start = tokens.get(s0).start();
      end = tokens.get(last).end();
    } else {
      return;
    }
    add(start, end, speaker, i, i + len, npFrom, npTo, confidence(speaker, 0.85));
  }

  /**
   * For a source phrase [from, to) headed by a common noun that names no one, the first named
   * organization or person after a preposition before the next comma: {agent start, agent end,
   * phrase end}. Null when the head names someone or nothing named follows.
   */
  private int[] namedAgentAfter(int from, int to, int s1) {
    int head = to - 1;
    Token h = tokens.get(head);
    if (speakers.entityAt(head) != null
        || Phrases.isProper(h)
        || lexicon.isPersonNoun(h.word())
        || !Phrases.isNoun(h)) {
      return null;
    }
    int stop = to;
    while (stop < s1 && stop < to + 16) {
      Token t = tokens.get(stop);
      if (t.word().matches("[,;:.]") || Phrases.isQuoteToken(t) || quoted[stop]) {
        break;
      }
      stop++;
    }
    for (int k = to + 1; k < stop; k++) {
      int p = k - 1;
      if (Phrases.pos(tokens.get(p)).equals("DT") && p > to) {
        p--;
      }
      if (!Set.of("by", "from", "of", "in", "for").contains(Phrases.lower(tokens.get(p)))) {
        continue;
      }
      if (!isNamedGroupOrPerson(k)) {
        continue;
      }
      int end = k + 1;
      while (end < stop && isNamedGroupOrPerson(end)) {
        end++;
      }
      return new int[] {k, end, stop};
    }
    return null;
  }

  private boolean isNamedGroupOrPerson(int k) {
    Entity e = speakers.entityAt(k);
    if (e != null) {
      return e.type() == org.dragoman.model.EntityType.ORGANIZATION
          || e.type() == org.dragoman.model.EntityType.PERSON;
    }
    String ner = tokens.get(k).ner();
    return "ORGANIZATION".equals(ner) || "PERSON".equals(ner);
  }

  private void verb(int c, int cueEnd, VerbClass vc, int s0, int s1) {
    String pos = Phrases.pos(tokens.get(c));
    if (pos.equals("VBN") && passiveOrAdjective(c, s0)) {
      return;
    }
    boolean participle =
        pos.equals("VBG") && c > s0 && tokens.get(c - 1).word().equals(",")
            || NonFiniteCue.takesMainSubject(tokens, c, s0);
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
    int[] subject = participle ? mainSubject(s0, c - 1) : subjectBefore(c, s0);
    if (subject == null) {
      return;
    }
    int j = cueEnd;
    if (vc == VerbClass.TELL) {
      int obj = Phrases.npEndForward(tokens, j, s1);
      if (obj > j) {
        j = obj;
      }
    }
    int[] content = contentAfter(c, j, vc, s0, s1);
    if (content == null) {
      content = objectAfter(c, j, subject, s0, s1);
    }
    if (content == null) {
      return;
    }
    Speaker speaker = speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null) {
      return;
    }
    add(
        content[0],
        content[1],
        speaker,
        c,
        cueEnd,
        subject[0],
        subject[1],
        confidence(speaker, 0.85));
  }

  /**
   * The object a reporting verb takes when no clause or quotation follows it, as offsets, or null:
   * "emphasizes the law's successes", "explained why", "vowed to repeal it", "spoke about the
   * deal". Only with a subject that names someone, and not for verbs whose object is no content
   * ("added 200 jobs").
   */
  private int[] objectAfter(int c, int j, int[] subject, int s0, int s1) {
    if (!lexicon.takesObjectContent(lemma(tokens.get(c))) || !holdsViews(subject[0], subject[1])) {
      return null;
    }
    int last = lastContent(s0, s1);
    int k = skipOccasions(j, last);
    if (k > last || lexicon.needsTopic(lemma(tokens.get(c))) && !isTopic(k)) {
      return null;
    }
    int from = ObjectContent.start(tokens, k, last, this::isAddressee);
    if (from < 0 || quoted[from] || reportedLater(from, last)) {
      return null;
    }
    int npEnd = Phrases.npEndForward(tokens, from, last + 1);
    if (npEnd > from && isTimeAdjunct(from, npEnd)) {
      return null; // "said Wednesday"
    }
    if ("say".equals(lemma(tokens.get(c)))
        && npEnd > from
        && !SAID_OBJECTS.contains(Phrases.lower(tokens.get(npEnd - 1)))) {
      return null; // "said Mr. Cruz" is an inverted cue, "said the same" reports
    }
    int to = ObjectContent.end(tokens, from, last);
    return new int[] {tokens.get(from).start(), tokens.get(to).end()};
  }

  /** A topic preposition: "about", "on", "of", "over", "at". */
  private boolean isTopic(int k) {
    return Set.of("about", "on", "of", "over", "at").contains(Phrases.lower(tokens.get(k)));
  }

  /**
   * Skips what tells when or how something was said after a cue: "Tuesday", "in an interview", "at
   * a rally on Monday", "in a statement,".
   */
  private int skipOccasions(int j, int last) {
    int k = j;
    for (int guard = 0; guard < 4 && k <= last; guard++) {
      Token t = tokens.get(k);
      if (TEMPORAL.contains(Phrases.lower(t))) {
        k++;
        continue;
      }
      int e =
          ADJUNCT_PREPOSITIONS.contains(Phrases.lower(t)) && k + 1 <= last
              ? Phrases.npEndForward(tokens, k + 1, last + 1)
              : Phrases.npEndForward(tokens, k, last + 1);
      int head = e - 1;
      boolean adjunct =
          e > k
              && e - k <= 7
              && head >= k
              && (isTimeAdjunct(head, e)
                  || ADJUNCT_PREPOSITIONS.contains(Phrases.lower(t))
                      && (lexicon.isOccasion(lemma(tokens.get(head)))
                          || lexicon.isDocumentNoun(lemma(tokens.get(head)))));
      if (!adjunct) {
        break;
      }
      k = e;
      if (k <= last && tokens.get(k).word().equals(",")) {
        k++;
      }
    }
    return k;
  }

  /**
   * Whether a cue at the end of the sentence reports all of it: "Uzbekistan has asked to take part,
   * Minister Rakhimov said." Then the inner cue gives way to that one.
   */
  private boolean reportedLater(int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (!tokens.get(k).word().equals(",")) {
        continue;
      }
      int v = k + 1;
      if (!isSayingCue(v)) {
        v = Phrases.npEndForward(tokens, k + 1, last + 1);
        if (v == k + 1) {
          continue;
        }
        v = extendToPerson(v, last + 1);
        if (v < last && Phrases.pos(tokens.get(v)).equals("IN")) {
          int pp = Phrases.npEndForward(tokens, v + 1, last + 1); // "a diplomat in Moscow told"
          v = pp > v + 1 ? pp : v;
        }
        while (v <= last && Phrases.pos(tokens.get(v)).startsWith("RB")) {
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
      if (isFinite(tokens.get(k)) || Phrases.lower(tokens.get(k)).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** A finite say, tell or that-class cue ("said", "told", "wrote"). */
  private boolean isSayingCue(int k) {
    Token t = tokens.get(k);
    VerbClass vc = lexicon.verb(t.lemma());
    return vc != null && vc != VerbClass.STANCE && isFinite(t);
  }

  /** A token heading someone spoken to: a pronoun, a named person or group, "reporters". */
  private boolean isAddressee(int k) {
    Token t = tokens.get(k);
    return Phrases.pos(t).equals("PRP")
        || isNamedGroupOrPerson(k)
        || lexicon.isPersonNoun(t.word())
        || lexicon.isGroupNoun(t.word());
  }

  /** A one-word object that is someone: "backed Trump", "favored her". */
  private boolean namedObject(int k) {
    Token t = tokens.get(k);
    return isNamedGroupOrPerson(k)
        || Phrases.pos(t).equals("PRP") && Set.of("him", "her", "them").contains(Phrases.lower(t));
  }

  /**
   * "his claim that the vote was rigged", "Trump's call for a ban", "made an impassioned call for
   * unity": the content after a reporting noun, said by its possessor or by the subject of the
   * light verb before it.
   */
  private void nounCue(int n, int s0, int s1) {
    int last = lastContent(s0, s1);
    int from = NounCue.contentStart(tokens, n, last);
    if (from < 0 || quoted[from] || reportedLater(from, last)) {
      return;
    }
    int[] holder = NounCue.possessor(tokens, n, s0);
    Speaker speaker;
    if (holder != null) {
      Token h = tokens.get(holder[0]);
      String pronoun = NounCue.pronounOf(h);
      speaker =
          pronoun != null
              ? speakers.pronoun(
                  new Token(h.start(), h.end(), pronoun, "PRP", pronoun, h.ner()), holder[0])
              : holdsViews(holder[0], holder[1]) ? speakers.resolve(holder[0], holder[1]) : null;
    } else {
      int v = NounCue.lightVerb(tokens, n, s0, lexicon.lightVerbs());
      if (v < 0) {
        return;
      }
      int[] subject =
          NonFiniteCue.takesMainSubject(tokens, v, s0)
              ? mainSubject(s0, v - 1)
              : subjectBefore(v, s0);
      if (subject == null || !holdsViews(subject[0], subject[1])) {
        return;
      }
      holder = subject;
      speaker = speakers.resolve(subject[0], subject[1], subject[2]);
    }
    if (speaker == null) {
      return;
    }
    int to = ObjectContent.end(tokens, from, last);
    // "Fernandez's pledge to cut fees won applause": the sentence's verb ends a subject's content
    to = NounCue.beforeMainVerb(tokens, s0, n, from, to);
    add(
        tokens.get(from).start(),
        tokens.get(to).end(),
        speaker,
        n,
        n + 1,
        holder[0],
        holder[1],
        confidence(speaker, 0.6));
  }

  /**
   * "Sanders is expected to win", "he seems to have picked up a command": the clause with its
   * subject, credited to no one.
   */
  private void impersonal(int c, int cueEnd, int s0, int s1) {
    int verbStart = ImpersonalCue.predicateStart(tokens, c, s0);
    int[] subject = subjectBefore(verbStart, s0);
    if (subject == null || quoted[subject[0]] || subject[0] >= verbStart) {
      return;
    }
    int last = lastContent(s0, s1);
    if (reportedLater(cueEnd, last)) {
      return; // "X is expected to present a proposal, a diplomat told Steppe Wire."
    }
    int end = ObjectContent.end(tokens, cueEnd, last);
    int start = tokens.get(subject[0]).start();
    int cueFrom = tokens.get(verbStart).start();
    int cueTo = tokens.get(cueEnd - 1).end();
    // "he seemed to indicate", "Messages seem to show": a subject that can hold views holds it
    Speaker holder =
        ImpersonalCue.isAppearance(tokens.get(c)) && holdsViews(subject[0], subject[1])
            ? speakers.resolve(subject[0], subject[1], subject[2])
            : null;
    found.add(
        new Attribution(
            start,
            tokens.get(end).end(),
            holder,
            text.substring(cueFrom, cueTo),
            cueFrom,
            cueTo,
            start,
            tokens.get(end).end(),
            0.3,
            false,
            false));
  }

  /** "was asked", "the proposed plan": not a speaker reporting. */
  private boolean passiveOrAdjective(int c, int s0) {
    for (int k = c - 1; k >= s0 && k >= c - 3; k--) {
      Token t = tokens.get(k);
      String l = lemma(t);
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (Phrases.pos(t).matches("DT|PRP\\$|JJ.*|POS")) {
        return true;
      }
      if (!Phrases.pos(t).startsWith("RB")) {
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
    int[] subject = participle ? mainSubject(s0, c - 1) : subjectBefore(c, s0);
    if (subject == null || !holdsViews(subject[0], subject[1])) {
      return;
    }
    int last = lastContent(s0, s1);
    int from = cueEnd;
    if (from < s1 && Phrases.lower(tokens.get(from)).matches("[:,]")) {
      from++;
    }
    from = skipOccasions(from, last);
    boolean topic = lexicon.needsTopic(lemma(tokens.get(c)));
    if (from > last || topic && !isTopic(from)) {
      return; // "spoke for 77 minutes", "commented on Tuesday"
    }
    if (topic) {
      from++;
    }
    if (from > last || last - from < 1 && !namedObject(from)) {
      return;
    }
    if (reportedLater(from, last)) {
      return;
    }
    last = beforeOtherSpeaker(from, ObjectContent.end(tokens, from, last));
    if (last < from) {
      return;
    }
    Speaker speaker = speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker == null) {
      return;
    }
    add(
        tokens.get(from).start(),
        tokens.get(last).end(),
        speaker,
        c,
        cueEnd,
        subject[0],
        subject[1],
        confidence(speaker, 0.6));
  }

  /**
   * The last content token of a stance before a clause with another speaker: "Trump intends to
   * speak in May, Mr. Manafort said", "While Sanders has pledged to back her, Devine suggested that
   * ...": a comma, a noun phrase naming someone, then a finite verb.
   */
  private int beforeOtherSpeaker(int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (!tokens.get(k).word().equals(",") || quoted[k]) {
        continue;
      }
      int npTo = Phrases.npEndForward(tokens, k + 1, last + 1);
      if (npTo == k + 1 || npTo > last || !namesSomeone(k + 1, npTo)) {
        continue;
      }
      int v = npTo;
      while (v <= last && Phrases.pos(tokens.get(v)).startsWith("RB")) {
        v++;
      }
      if (v <= last && isFinite(tokens.get(v))) {
        return k - 1;
      }
    }
    return last;
  }

  /** "His supporters are optimistic that he'll make a comeback", "critical of the deal". */
  private void attitude(int adj, int s0, int s1) {
    int next = adj + 1;
    if (next >= s1 || !Phrases.lower(tokens.get(next)).matches("that|about|of|on")) {
      return;
    }
    int j = adj - 1;
    while (j >= s0 && Phrases.pos(tokens.get(j)).startsWith("RB")) {
      j--;
    }
    if (j < s0 || !"be".equals(lemma(tokens.get(j)))) {
      return;
    }
    int[] subject = subjectBefore(j + 1, s0);
    int last = lastContent(s0, s1);
    if (subject == null || !holdsViews(subject[0], subject[1]) || next + 1 > last) {
      return;
    }
    Speaker speaker = speakers.resolve(subject[0], subject[1], subject[2]);
    if (speaker != null) {
      add(
          tokens.get(next + 1).start(),
          tokens.get(beforeSecondAttribution(next + 1, last)).end(),
          speaker,
          adj,
          adj + 1,
          subject[0],
          subject[1],
          confidence(speaker, 0.6));
    }
  }

  /** The subject of the sentence's main verb before token {@code before}, or null. */
  private int[] mainSubject(int s0, int before) {
    for (int k = s0 + 1; k < before; k++) {
      Token t = tokens.get(k);
      if (quoted[k] || !Phrases.isVerb(t) || Phrases.isVerb(tokens.get(k - 1))) {
        continue;
      }
      if (Phrases.pos(t).equals("VBG") || Phrases.pos(t).equals("VBN") && !isFiniteContext(k)) {
        continue;
      }
      int[] subject = subjectBefore(k, s0);
      if (subject != null) {
        return subject;
      }
    }
    return null;
  }

  private boolean isFiniteContext(int k) {
    return k > 0 && Phrases.isNoun(tokens.get(k - 1));
  }

  /** As {@link #namesSomeone}, or a group that holds views: "Gay rights groups", "Democrats". */
  private boolean holdsViews(int from, int to) {
    return namesSomeone(from, to) || lexicon.isGroupNoun(tokens.get(to - 1).word());
  }

  /** The noun phrase [from, to) names an entity, a person or group, a document or a pronoun. */
  private boolean namesSomeone(int from, int to) {
    Token head = tokens.get(to - 1);
    return speakers.entityAt(to - 1) != null
        || Phrases.isSubjectPronoun(head)
        || Phrases.isProper(head)
        || lexicon.isPersonNoun(head.word())
        || lexicon.isDocumentNoun(lemma(head));
  }

  /**
   * The last token of a content from {@code from} to at most {@code last}: see {@link
   * SecondAttribution}.
   */
  private int beforeSecondAttribution(int from, int last) {
    return SecondAttribution.contentLast(tokens, from, last, quoted, lexicon, this::holdsViews);
  }

  /** The content a cue introduces after it, as offsets, or null. */
  private int[] contentAfter(int c, int j, VerbClass vc, int s0, int s1) {
    int last = lastContent(s0, s1);
    // "said: “...”", "said, “...”", "said “...”", "wrote:" before a block quote
    int k = j;
    if (k < s1 && (Phrases.lower(tokens.get(k)).equals(":") || tokens.get(k).word().equals(","))) {
      k++;
    }
    int from = k < s1 ? tokens.get(k).start() : tokens.get(s1 - 1).end();
    MarkedQuote next = markOpeningAt(from);
    if (next != null && (k < s1 || Phrases.lower(tokens.get(j)).equals(":"))) {
      return new int[] {next.start(), next.end()};
    }
    if (j < s1 && Phrases.lower(tokens.get(j)).equals(":")) {
      Block b = blockAfter(tokens.get(j).end());
      if (b != null) {
        return new int[] {b.start(), b.end()};
      }
    }
    // "that" after at most a few adjunct words
    for (int t = j; t < Math.min(j + 9, last); t++) {
      Token tok = tokens.get(t);
      if (Phrases.lower(tok).equals("that")) {
        int from2 = t + 1;
        if (from2 <= last && contentBetween(from2, last + 1)) {
          int end = beforeSecondAttribution(from2, last);
          return new int[] {tokens.get(from2).start(), tokens.get(end).end()};
        }
        return null;
      }
      if (Phrases.isVerb(tok) || Phrases.lower(tok).matches("[;:]") || quoted[t]) {
        break;
      }
    }
    // a bare clause after a say-verb: "said he would", "said Tuesday the plan was"
    if (vc == VerbClass.SAY && j <= last) {
      int t = skipAdjuncts(j, last);
      if (t <= last && startsClause(t, last)) {
        int end = beforeSecondAttribution(t, last);
        return new int[] {tokens.get(t).start(), tokens.get(end).end()};
      }
      if (t <= last && Phrases.pos(tokens.get(t)).matches("IN|RB")) {
        // "says despite being an alumna, she plans to"
        for (int p = t + 1; p <= last && p <= t + 14; p++) {
          if (tokens.get(p).word().equals(",")) {
            if (p + 1 <= last && startsClause(p + 1, last)) {
              int end = beforeSecondAttribution(p + 1, last);
              return new int[] {tokens.get(t).start(), tokens.get(end).end()};
            }
            break;
          }
        }
      }
    }
    // a quotation later in the same clause: "expressed his “gratitude ...”"
    for (int t = j; t < s1; t++) {
      Token tok = tokens.get(t);
      if (Phrases.isQuoteToken(tok)) {
        MarkedQuote m = markOpeningAt(tok.start());
        return m == null ? null : new int[] {m.start(), m.end()};
      }
      if (Phrases.lower(tok).matches("[;:]") || isCue(tok)) {
        return null;
      }
    }
    return null;
  }

  /** Skips "on Friday", "in a statement", "Tuesday", "again" after a cue. */
  private int skipAdjuncts(int j, int last) {
    int t = j;
    for (int guard = 0; guard < 4 && t <= last; guard++) {
      Token tok = tokens.get(t);
      String w = Phrases.lower(tok);
      if (TEMPORAL.contains(w)) {
        t++;
        continue;
      }
      if (ADJUNCT_PREPOSITIONS.contains(w) && t + 1 <= last) {
        int e = Phrases.npEndForward(tokens, t + 1, last + 1);
        if (e > t + 1 && e - t <= 6) {
          t = e;
          if (t <= last && tokens.get(t).word().equals(",")) {
            t++;
          }
          continue;
        }
      }
      break;
    }
    return t;
  }

  private boolean isCue(Token t) {
    return Phrases.pos(t).startsWith("VB") && lexicon.verb(t.lemma()) != null;
  }

  /** A clause starts at {@code t}: a subject-like word with a verb soon after. */
  private boolean startsClause(int t, int last) {
    Token first = tokens.get(t);
    String p = Phrases.pos(first);
    boolean subjectLike =
        Phrases.isSubjectPronoun(first)
            || p.equals("DT")
            || p.equals("EX")
            || p.startsWith("NN")
            || p.equals("PRP$")
            || p.startsWith("JJ")
            || p.equals("CD");
    if (!subjectLike) {
      return false;
    }
    for (int k = t + 1; k <= Math.min(last, t + 15); k++) {
      Token tok = tokens.get(k);
      if (Phrases.isVerb(tok)) {
        if (Phrases.pos(tok).matches("VBG|VBN")
            && Phrases.pos(tokens.get(k - 1)).matches("DT|JJ.*|PRP\\$|POS|CD")) {
          continue; // "the fading attention", "the key to Republicans' taking"
        }
        return !Phrases.pos(tok).equals("VBG") || Phrases.isVerbPrefix(tokens.get(k - 1));
      }
      if (tok.word().matches("[,;:()]")) {
        return false;
      }
    }
    return false;
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
    int[] subject = subjectBefore(c, s0);
    int w = c - 1;
    while (w > s0 && Phrases.isVerbPrefix(tokens.get(w))) {
      w--;
    }
    if (subject != null && w >= s0 && Phrases.pos(tokens.get(w)).matches("WP|WDT")) {
      return false; // "“...,” Cruz, who has proposed repealing it, said": the relative's verb
    }
    if (afterMarkOnly) {
      int b = subject != null && isBoundary(subject[0] - 1, s0) ? subject[0] - 1 : c - 1;
      if (b < 0 || !isClosingMark(b) && !(b > 0 && isClosingMark(b - 1))) {
        return false;
      }
    }
    if (subject != null && isBoundary(subject[0] - 1, s0)) {
      npFrom = subject[0];
      npTo = subject[1];
      nameEnd = subject[2];
      boundary = subject[0] - 1;
      after = cueEnd;
    } else if (isBoundary(c - 1, s0)) {
      // inverted: boundary, cue, speaker
      npFrom = cueEnd;
      npTo = Phrases.npEndForward(tokens, npFrom, s1);
      if (npTo == npFrom || lexicon.verb(tokens.get(c).lemma()) == VerbClass.TELL) {
        return false; // "“...,” X told AFP": AFP listens
      }
      npTo = extendToPerson(npTo, s1);
      if (!holdsViews(npFrom, npTo)) {
        return false; // "said matter-of-factly", "..., suggests real progress": no one speaks
      }
      boundary = c - 1;
      after = npTo;
      nameEnd = npTo;
    } else {
      return false;
    }
    boolean parenthetical = false;
    boolean words = false;
    int k = after;
    for (; k < s1; k++) {
      Token t = tokens.get(k);
      if (quoted[k] || Phrases.isQuoteToken(t)) {
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
      if (SUBORDINATORS.contains(Phrases.lower(t)) || Phrases.pos(t).matches("WDT|WP|WRB")) {
        break; // "said ... shortly after she called", "responded before adding"
      }
      if (isFinite(t) || Phrases.lower(t).equals("that") || t.word().equals(":")) {
        return false;
      }
    }
    Speaker speaker = speakers.resolve(npFrom, npTo, nameEnd);
    if (speaker == null) {
      return false;
    }
    if (parenthetical && after + 1 < s1 && Phrases.isQuoteToken(tokens.get(after + 1))) {
      parenthetical = false;
    }
    int[] content = contentBefore(boundary, s0, s1, parenthetical);
    if (content == null) {
      return false;
    }
    if (parenthetical && content[1] > tokens.get(after).start()) {
      // "The plan works, Ebbers said, while Holloway warned ...": not the second statement
      int end = beforeSecondAttribution(after - 1, lastContent(s0, s1));
      content[1] = tokens.get(end < after ? lastBefore(boundary, s0) : end).end();
    }
    add(
        content[0],
        content[1],
        speaker,
        c,
        cueEnd,
        npFrom,
        npTo,
        confidence(speaker, parenthetical ? 0.8 : 0.9));
    // "“Your Honor,” I said, “I would like ...”": the quote after the cue is the same speaker's
    if (after + 1 < tokens.size() && tokens.get(after).word().matches("[,:]")) {
      MarkedQuote next = markOpeningAt(tokens.get(after + 1).start());
      if (next != null && next.start() >= content[1]) {
        add(next.start(), next.end(), speaker, c, cueEnd, npFrom, npTo, confidence(speaker, 0.85));
      }
    }
    return true;
  }

  /**
   * "said master of ceremonies Asab Tabchi", "said lobbyist and strategist Charlie Black": a title
   * phrase that runs on to the person it names ends after that person.
   */
  private int extendToPerson(int npTo, int s1) {
    if (isPersonAt(npTo - 1)) {
      return npTo;
    }
    for (int k = npTo; k < s1 && k < npTo + 6; k++) {
      Token t = tokens.get(k);
      if (t.word().matches("[,.;:]") || Phrases.isQuoteToken(t) || Phrases.isVerb(t)) {
        return npTo;
      }
      if (isPersonAt(k)) {
        int e = k + 1;
        while (e < s1 && isPersonAt(e)) {
          e++;
        }
        return e;
      }
    }
    return npTo;
  }

  /**
   * A comma, or a closing quotation mark (which may end the previous sentence: "“...!” Murphy
   * tweeted").
   */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "as",
          "because",
          "since",
          "although",
          "though",
          "if",
          "until",
          "once",
          "where",
          "whereas");

  private boolean isClosingMark(int k) {
    Token t = tokens.get(k);
    return Phrases.isQuoteToken(t) && closingMarkAt(t.start()) != null;
  }

  private static boolean isFinite(Token t) {
    return Phrases.pos(t).matches("VBD|VBZ|VBP|MD");
  }

  private boolean isBoundary(int k, int s0) {
    if (k < 0 || k < s0 - 1) {
      return false;
    }
    Token t = tokens.get(k);
    boolean closing = Phrases.isQuoteToken(t) && closingMarkAt(t.start()) != null;
    if (k < s0 && closing && text.substring(t.end(), tokens.get(s0).start()).indexOf('\n') >= 0) {
      return false; // a quote closing the previous paragraph is not this cue's content
    }
    return k >= s0 ? t.word().equals(",") || closing : closing;
  }

  /** The content before a postposed cue whose boundary token is {@code b}. */
  private int[] contentBefore(int b, int s0, int s1, boolean parenthetical) {
    int q = b;
    if (tokens.get(q).word().equals(",") && q - 1 >= 0 && Phrases.isQuoteToken(tokens.get(q - 1))) {
      q--;
    }
    MarkedQuote m = closingMarkAt(tokens.get(q).start());
    if (m != null) {
      return new int[] {m.start(), m.end()};
    }
    if (b <= s0 || !contentBetween(s0, b)) {
      return null;
    }
    int end = parenthetical ? tokens.get(lastContent(s0, s1)).end() : tokens.get(b - 1).end();
    return new int[] {tokens.get(s0).start(), end};
  }

  /**
   * The subject noun phrase of the verb at {@code c} as token range [from, to), or null. Skips
   * adverbs and auxiliaries, follows "who" to its antecedent, skips an apposition, jumps over a
   * relative clause and climbs out of prepositional phrases ("Jamestown's report on the trip").
   */
  private int[] subjectBefore(int c, int s0) {
    int j = c - 1;
    while (j >= s0 && Phrases.isVerbPrefix(tokens.get(j))) {
      j--;
    }
    if (j < s0) {
      return null;
    }
    // "offered him a job, then says", "released a statement and said": the main clause's subject
    if (j > s0
        && (Phrases.lower(tokens.get(j)).matches("and|but")
            || tokens.get(j).word().equals(",")
                && Phrases.lower(tokens.get(j + 1)).equals("then"))) {
      return mainSubject(s0, j);
    }
    j = beforeParenthesis(j, s0);
    if (j < s0) {
      return null;
    }
    Token t = tokens.get(j);
    if (Phrases.pos(t).startsWith("W") && Phrases.lower(t).equals("who")) {
      j--;
      if (j >= s0 && tokens.get(j).word().equals(",")) {
        j--;
      }
      int a = Phrases.npStartBackward(tokens, j, s0);
      return a < 0 ? null : new int[] {a, j + 1, j + 1};
    }
    if (t.word().equals(",") || isDash(t)) {
      return apposition(j, s0);
    }
    int a = Phrases.npStartBackward(tokens, j, s0);
    if (a < 0) {
      return null;
    }
    // "Trump on Tuesday backed", "the campaign in 2006 sought": skip a time adjunct
    if (isTimeAdjunct(a, j + 1) && a - 1 > s0) {
      int before = a - 1;
      if (Phrases.pos(tokens.get(before)).equals("IN")) {
        before--;
      }
      int b = before >= s0 ? Phrases.npStartBackward(tokens, before, s0) : -1;
      if (b < 0) {
        return null;
      }
      a = b;
      j = before;
    }
    int[] np = {a, j + 1, j + 1};
    // a relative clause between subject and verb: "One paper that is to appear in X argues"
    for (int k = a - 1; k > s0 && k >= a - 20; k--) {
      Token r = tokens.get(k);
      if (r.word().matches("[,;:]") || Phrases.isQuoteToken(r) || isCue(r)) {
        break;
      }
      if (Phrases.isRelative(r) && Phrases.isNoun(tokens.get(k - 1))) {
        boolean verbInside = false;
        for (int v = k + 1; v < a; v++) {
          verbInside |= Phrases.isVerb(tokens.get(v));
        }
        int b = Phrases.npStartBackward(tokens, k - 1, s0);
        if (verbInside && b >= 0) {
          np = new int[] {b, k, k};
        }
        break;
      }
    }
    np = coordinated(np, s0);
    // out of prepositional phrases, unless the phrase names a person
    for (int climb = 0; climb < 2; climb++) {
      int head = np[1] - 1;
      Entity e = speakers.entityAt(head);
      if (e != null && e.type() == org.dragoman.model.EntityType.PERSON) {
        break;
      }
      int p = np[0] - 1;
      if (p - 1 < s0 || !Phrases.isClimbPreposition(tokens.get(p))) {
        break;
      }
      // "a person familiar with the talks", "officials aware of the plan": the whole description
      if (p - 2 >= s0
          && Phrases.pos(tokens.get(p - 1)).startsWith("JJ")
          && Phrases.isNoun(tokens.get(p - 2))) {
        int b = Phrases.npStartBackward(tokens, p - 2, s0);
        if (b >= 0) {
          np = new int[] {b, np[1], np[2]};
        }
        break;
      }
      int b = Phrases.npStartBackward(tokens, p - 1, s0);
      if (b < 0) {
        break;
      }
      np = new int[] {b, p, np[2]};
    }
    return np;
  }

  /**
   * A subject joined to an earlier noun phrase by "and" or "or" ("Politicians and even some
   * technologists say") starts at that phrase, when nothing governs it (no preposition or verb).
   */
  private int[] coordinated(int[] np, int s0) {
    int k = np[0] - 1;
    while (k > s0 && Phrases.pos(tokens.get(k)).startsWith("RB")) {
      k--;
    }
    if (k <= s0 || !Phrases.lower(tokens.get(k)).matches("and|or")) {
      return np;
    }
    Token left = tokens.get(k - 1);
    if (!Phrases.isNoun(left) || quoted[k - 1]) {
      return np;
    }
    int b = Phrases.npStartBackward(tokens, k - 1, s0);
    if (b < 0 || b > s0 && !isBoundary(b - 1, s0)) {
      return np;
    }
    return new int[] {b, np[1], np[2]};
  }

  /**
   * The subject before an apposition that ends with the comma at {@code j}: "Burns, the U.S.
   * ambassador, said", "Benford, 52, a retiree from Minneapolis, says", "Cox, who runs the arm,
   * says". A person named at a comma wins; else the phrase that opens the chain.
   */
  private int[] apposition(int j, int s0) {
    int[] first = null;
    int[] fallback = null;
    int commas = 0;
    List<Integer> heads = new ArrayList<>();
    heads.add(beforeParenthesis(j - 1, s0));
    for (int p = j - 1; p > s0 && p >= j - 30 && commas < 3; p--) {
      Token tp = tokens.get(p);
      if (Phrases.isQuoteToken(tp) && !insideShortMarks(p)) {
        break;
      }
      if (tp.word().matches("[;:]") || isCue(tp) && isFinite(tp)) {
        break;
      }
      if (!tp.word().equals(",") && !isDash(tp)) {
        continue;
      }
      commas++;
      heads.add(beforeParenthesis(p - 1, s0));
    }
    for (int h : heads) {
      int a = Phrases.npStartBackward(tokens, h, s0);
      if (a < 0 || !namesSomeone(a, h + 1)) {
        continue;
      }
      int[] np = {a, h + 1, h + 1};
      if (objectInside(a, s0)) {
        // "Darran Whiting of Liberty Baptist Church in Marion,": climb to the governing phrase
        np = governing(np, s0);
        if (np == null) {
          if (fallback == null) {
            fallback = new int[] {a, h + 1, h + 1};
          }
          continue;
        }
      }
      if (isPersonAt(np[1] - 1)) {
        return np;
      }
      first = np;
    }
    return first != null ? first : fallback;
  }

  /**
   * The noun phrase that a prepositional phrase [from, to) hangs from, climbing at most two levels
   * ("Executives for Mondelez", "Whiting of Liberty Baptist Church in Marion"), when it names
   * someone; null when a verb governs the phrase or nothing naming someone is reached.
   */
  private int[] governing(int[] np, int s0) {
    int[] cur = np;
    for (int climb = 0; climb < 2; climb++) {
      int p = cur[0] - 1;
      if (p - 1 < s0 || !Phrases.isClimbPreposition(tokens.get(p))) {
        return null;
      }
      int b = Phrases.npStartBackward(tokens, p - 1, s0);
      if (b < 0) {
        return null;
      }
      cur = new int[] {b, p, np[2]};
      if (namesSomeone(b, p) && !objectInside(b, s0)) {
        return cur;
      }
    }
    return null;
  }

  /**
   * The noun phrase starting at {@code a} is the object of a preposition or verb inside an
   * apposition ("a close advisor to Trump", "lights that formed the name Trump"), not the subject.
   */
  private boolean objectInside(int a, int s0) {
    if (a <= s0) {
      return false;
    }
    Token before = tokens.get(a - 1);
    return Phrases.pos(before).matches("IN|TO|VB.*") && !Phrases.isQuoteToken(before);
  }

  /** The quote token at {@code p} is a mark of a short closed quotation ("“Ted Cruz” pins"). */
  private boolean insideShortMarks(int p) {
    Token t = tokens.get(p);
    for (MarkedQuote m : marks) {
      if (m.closed() && (m.open() == t.start() || m.close() == t.start())) {
        return text.substring(m.start(), m.end()).strip().split("\\s+").length <= MAX_SHORT_WORDS;
      }
    }
    return false;
  }

  /** The token before a parenthesis that closes at {@code j} ("Kasich (R-OH)"), else {@code j}. */
  private int beforeParenthesis(int j, int s0) {
    if (j <= s0 || !tokens.get(j).word().matches("\\)|-RRB-")) {
      return j;
    }
    for (int k = j - 1; k > s0 && k >= j - 8; k--) {
      String w = tokens.get(k).word();
      if (w.equals("(") || w.equals("-LRB-")) {
        return k - 1;
      }
      if (Phrases.isQuoteToken(tokens.get(k)) || w.matches("[,;:]")) {
        return j;
      }
    }
    return j;
  }

  private static boolean isDash(Token t) {
    return t.word().matches("—|–|--");
  }

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tonight",
          "week",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "night",
          "weekend",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** The phrase [from, to) is a date or time ("Tuesday", "last week", "2006"). */
  private boolean isTimeAdjunct(int from, int to) {
    Token head = tokens.get(to - 1);
    String w = Phrases.lower(head);
    return TIME_WORDS.contains(w)
        || (to - from == 1 && Phrases.pos(head).equals("CD") && w.matches("1[89]\\d\\d|20\\d\\d"));
  }

  private boolean isPersonAt(int token) {
    Entity e = speakers.entityAt(token);
    return e != null
        ? e.type() == org.dragoman.model.EntityType.PERSON
        : "PERSON".equals(tokens.get(token).ner());
  }

  // ---------------------------------------------------------------- marks and blocks

  /** The quote whose opening mark is at {@code offset} or after only spaces from it. */
  private MarkedQuote markOpeningAt(int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).open() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < marks.size()) {
      MarkedQuote m = marks.get(lo);
      if (blankBetween(offset, m.open())) {
        return m;
      }
    }
    return null;
  }

  /** Only whitespace in [from, to). Stops at the first other character. */
  private boolean blankBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotation closed by the mark at {@code offset}, or by a mark later in the same token ("’”"
   * closing a quote within a quote).
   */
  private MarkedQuote closingMarkAt(int offset) {
    MarkedQuote m = byClose.get(offset);
    if (m != null) {
      return m;
    }
    int k = tokenAt(offset);
    if (k < tokens.size() && tokens.get(k).start() == offset) {
      for (int o = offset + 1; o < tokens.get(k).end(); o++) {
        m = byClose.get(o);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private Block blockAfter(int offset) {
    for (Block b : blockQuotes) {
      if (b.start() >= offset && blankBetween(offset, b.start())) {
        return b;
      }
    }
    return null;
  }

  /**
   * Joins quotation marks to the statements that cover them and attributes the others: block
   * quotes, quotes continuing an attributed speaker's quote in the paragraph, and the rest (scare
   * quotes, quoted terms) with no speaker.
   */
  private List<Attribution> absorbMarks() {
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
    boolean sentenceLike = sentenceLike(m);
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
      Span paragraph = paragraphOf(m.open());
      Attribution previous = null;
      for (Attribution a : known) {
        if (a.speaker() != null && a.end() <= m.open()) {
          if (previous == null || a.end() > previous.end()) {
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
    int k = tokenAt(m.outerEnd());
    if (k >= tokens.size() || !blankBetween(m.outerEnd(), tokens.get(k).start())) {
      return null;
    }
    Attribution inverted = verbThenPerson(m, k);
    if (inverted != null || !sentenceLike) {
      return inverted;
    }
    int npTo = Phrases.npEndForward(tokens, k, Math.min(tokens.size(), k + 8));
    if (npTo == k || npTo >= tokens.size() || !namesSomeone(k, npTo)) {
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
        confidence(speaker, 0.6),
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
    int si = sentenceIndexAt(m.open());
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
    to = extendToPerson(to, Math.min(tokens.size(), to + 6));
    if (!isPersonAt(to - 1)) {
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
    int si = sentenceIndexAt(m.open());
    if (si <= 0 || !blankBetween(sentences.get(si).start(), m.open())) {
      return null;
    }
    Sentence prev = sentences.get(si - 1);
    Span paragraph = paragraphOf(m.open());
    if (paragraph == null || prev.start() < paragraph.start() && !announces(prev, m)) {
      return null;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      if (quoted[k]) {
        return null;
      }
    }
    int[] subject = mainSubject(prev.firstToken(), prev.endToken());
    if (subject == null || !isPersonAt(subject[1] - 1)) {
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
    int idx = paragraphIndex(m.open());
    if (idx <= 0 || !blankBetween(paragraphs.get(idx).start(), m.open())) {
      return false;
    }
    Span before = paragraphs.get(idx - 1);
    if (prev.start() < before.start() || prev.end() < before.end() - 1) {
      return false;
    }
    for (int k = prev.firstToken(); k < prev.endToken(); k++) {
      Token t = tokens.get(k);
      if (isCue(t) && lexicon.verb(t.lemma()) != VerbClass.STANCE || "continue".equals(lemma(t))) {
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
    if (previous.start() >= paragraph.start()) {
      return true;
    }
    int idx = paragraphIndex(m.open());
    if (idx <= 0 || !blankBetween(paragraph.start(), m.open())) {
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
    return tail.endsWith(":") || endsWithQuote(tail) || previous.marks() || closedIt;
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
    int colon = tokenAt(k);
    int si = sentenceIndexAt(k);
    if (si < 0 || colon >= tokens.size()) {
      return null;
    }
    Sentence s = sentences.get(si);
    int[] subject = mainSubject(s.firstToken(), colon);
    for (int v = s.firstToken(); subject == null && v < colon; v++) {
      if (isCue(tokens.get(v)) && !quoted[v]) {
        subject = subjectBefore(v, s.firstToken()); // "Romney, the nominee, tweeted/VBN:"
      }
    }
    boolean label = false;
    if (subject == null) {
      subject = colonLabel(s.firstToken(), colon);
      label = subject != null;
    }
    if (subject == null || !label && !namesSomeone(subject[0], subject[1])) {
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
        confidence(speaker, 0.7),
        true,
        false);
  }

  /**
   * A speaker label before a colon: a named person alone ("Rep. Trey Gowdy (R-S.C.):") or after a
   * verb ("Stated Stone:", "Continued Stone:"), as token range [from, to), or null.
   */
  private int[] colonLabel(int s0, int colon) {
    int from = s0;
    Span paragraph = paragraphOf(tokens.get(colon).start());
    while (paragraph != null && from < colon && tokens.get(from).start() < paragraph.start()) {
      from++; // the label opens its paragraph
    }
    if (from < colon && Phrases.isVerb(tokens.get(from))) {
      from++;
    }
    int end = beforeParenthesis(colon - 1, from);
    if (end < from) {
      return null;
    }
    int a = Phrases.npStartBackward(tokens, end, from);
    if (a < 0) {
      a = Character.isUpperCase(tokens.get(end).word().charAt(0)) ? end : -1;
    }
    if (a != from) {
      return null;
    }
    Speaker named = speakers.label(a, end + 1);
    if (!isPersonAt(end) && (named == null || named.entity() == null)) {
      return null;
    }
    return new int[] {a, end + 1, end + 1};
  }

  /**
   * "Mr. Cruz pledged to oppose it “today, tomorrow, forever.”": a person who is the subject of a
   * verb before the quote in its sentence, with no reporting cue, probably says it (low
   * confidence).
   */
  private Attribution personSubjectBefore(MarkedQuote m) {
    int si = sentenceIndexAt(m.open());
    if (si < 0) {
      return null;
    }
    Sentence s = sentences.get(si);
    int q = tokenAt(m.open());
    int[] subject = mainSubject(s.firstToken(), q);
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

  private static boolean endsWithQuote(String s) {
    int i = s.length() - 1;
    while (i >= 0 && ".!?)".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && (s.charAt(i) == '\u201D' || s.charAt(i) == '"');
  }

  private boolean sentenceLike(MarkedQuote m) {
    String inner = text.substring(m.start(), m.end());
    int words = inner.split("\\s+").length;
    if (words <= MAX_SHORT_WORDS) {
      return false;
    }
    int si = sentenceIndexAt(m.start());
    boolean startsSentence = si >= 0 && contentBetweenChars(sentences.get(si).start(), m.open());
    return Character.isUpperCase(inner.charAt(0)) || !startsSentence || words >= 8;
  }

  private Span paragraphOf(int offset) {
    int i = paragraphIndex(offset);
    return i < 0 ? null : paragraphs.get(i);
  }

  private int paragraphIndex(int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      if (p.start() <= offset && offset < p.end()) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- quotes

  private void add(
      int start,
      int end,
      Speaker speaker,
      int cueFrom,
      int cueTo,
      int npFrom,
      int npTo,
      double confidence) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (end <= start) {
      return;
    }
    int cueStart = tokens.get(cueFrom).start();
    int cueEnd = tokens.get(cueTo - 1).end();
    int anchor = Math.min(start, Math.min(cueStart, tokens.get(npFrom).start()));
    int reach = Math.max(end, Math.max(cueEnd, tokens.get(npTo - 1).end()));
    MarkedQuote exact = null;
    for (MarkedQuote m : marks) {
      if (m.start() == start && m.end() == end) {
        exact = m;
      }
    }
    found.add(
        new Attribution(
            start,
            end,
            speaker,
            text.substring(cueStart, cueEnd),
            cueStart,
            cueEnd,
            anchor,
            reach,
            confidence,
            exact != null,
            isBlockStart(start)));
    speakers.noteSpeaker(npTo - 1, speaker, Phrases.pos(tokens.get(npTo - 1)).endsWith("S"));
  }

  private boolean isBlockStart(int offset) {
    for (Block b : blockQuotes) {
      if (b.start() == offset) {
        return true;
      }
    }
    return false;
  }

  private double confidence(Speaker speaker, double base) {
    if (speaker.entity() != null) {
      return base;
    }
    return Math.round(base * 0.75 * 100) / 100.0;
  }

  private Quote toQuote(String id, Attribution a) {
    int start = a.start();
    int end = a.end();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return null;
    }
    if (!a.marks() && !a.block() && end > start && text.charAt(end - 1) == ')') {
      // a parenthetical source at the end belongs to the citation, not the statement
      int open = text.lastIndexOf('(', end - 1);
      if (open > start && text.substring(start, open).strip().length() > 0) {
        end = open;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
      }
    }
    QuoteKind kind = kind(a, start, end);
    MarkedQuote only = onlyMark(start, end);
    if ((kind == QuoteKind.DIRECT || kind == QuoteKind.PARTIAL) && only != null) {
      start = only.start();
      end = only.end();
    }
    Span evidence = evidence(a.anchor(), Math.max(a.reach(), end));
    Span cueSpan = a.cueStart() < 0 ? null : new Span(a.cueStart(), a.cueEnd());
    return new Quote(
        id,
        text.substring(start, end),
        start,
        end,
        kind,
        a.speaker(),
        a.cue(),
        cueSpan,
        evidence,
        a.confidence(),
        citationsFor(start, end, evidence));
  }

  /** The one quotation inside [start, end) when it covers nearly all of it, else null. */
  private MarkedQuote onlyMark(int start, int end) {
    MarkedQuote only = null;
    for (MarkedQuote m : marks) {
      if (m.start() >= start && m.end() <= end) {
        if (only != null) {
          return null;
        }
        only = m;
      }
    }
    return only != null && only.end() - only.start() >= 0.9 * (end - start) ? only : null;
  }

  private QuoteKind kind(Attribution a, int start, int end) {
    if (a.block()) {
      return QuoteKind.BLOCK;
    }
    int inMarks = 0;
    MarkedQuote single = null;
    for (MarkedQuote m : marks) {
      if (m.start() >= start && m.end() <= end) {
        inMarks += m.end() - m.start();
        single = m;
      }
    }
    if (a.marks() || (single != null && inMarks >= 0.9 * (end - start))) {
      return single != null && sentenceLike(single) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
    return inMarks > 0 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
  }

  private Span evidence(int from, int to) {
    int first = sentenceIndexAt(from);
    int last = sentenceIndexAt(Math.max(from, to - 1));
    int s = first < 0 ? from : Math.min(from, sentences.get(first).start());
    int e = last < 0 ? to : Math.max(to, sentences.get(last).end());
    return new Span(s, Math.min(e, text.length()));
  }

  /**
   * Citations that source a quote: attribution citations later in its paragraph (a parenthetical
   * source list) and citations inside its evidence ("according to Reuters").
   */
  private List<String> citationsFor(int start, int end, Span evidence) {
    Span paragraph = paragraphOf(start);
    List<String> ids = new ArrayList<>();
    for (Citation c : citations) {
      if (c.kind() != CitationKind.ATTRIBUTION) {
        continue;
      }
      boolean after = paragraph != null && c.start() >= end && c.end() <= paragraph.end() + 1;
      boolean inside = evidence.overlaps(c.span()) && !new Span(start, end).contains(c.span());
      if (after || inside) {
        ids.add(c.id());
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- token helpers

  private int tokenAt(int offset) {
    return annotated.tokenIndexAt(offset);
  }

  private int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private static String lemma(Token t) {
    return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma();
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  /** The last token of the sentence that is not final punctuation. */
  private int lastContent(int s0, int s1) {
    int k = s1 - 1;
    while (k > s0 && tokens.get(k).word().matches("[.!?;:]+|\\.\\.\\.|…")) {
      k--;
    }
    return k;
  }

  private int lastBefore(int i, int s0) {
    int k = i - 1;
    while (k > s0 && isPunct(tokens.get(k)) && !Phrases.isQuoteToken(tokens.get(k))) {
      k--;
    }
    return k;
  }

  private boolean contentBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (Phrases.isNoun(t) || Phrases.isVerb(t) || Phrases.isSubjectPronoun(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean contentBetweenChars(int from, int to) {
    return from >= to || blankBetween(from, to);
  }
}
