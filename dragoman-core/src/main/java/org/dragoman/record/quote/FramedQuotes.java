package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Sentence;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * Speakers that frame a quotation from outside a reporting clause, applied after the cues and the
 * marks have been attributed: "as one analyst put it" and "in the senator's words" (which override
 * the clause's own cue), a speaker whose words follow a colon ("Lowe put it bluntly: the town wants
 * “...”", overriding a stance cue after the colon), and the possessor of a reporting noun for a
 * quotation no one claimed ("Obama's “you didn't build that” remark", "the mayor's rejection of
 * “easy answers”"). Created per document; not shared between threads.
 */
final class FramedQuotes {
  /** Verbs of "as X put it", "as X said", "as X has noted". */
  private static final Set<String> AS_VERBS =
      Set.of(
          "put",
          "phrase",
          "say",
          "note",
          "write",
          "observe",
          "explain",
          "describe",
          "quip",
          "remark",
          "argue",
          "tweet",
          "joke",
          "declare",
          "warn",
          "insist",
          "recall",
          "suggest",
          "conclude");

  /** Verbs that need "it" in "as X put it", "as X phrased it". */
  private static final Set<String> NEED_IT = Set.of("put", "phrase", "describe");

  /** Nouns that, possessed, introduce the words after a colon: "Lowe's answer: ...". */
  private static final Set<String> COLON_NOUNS =
      Set.of(
          "answer",
          "reply",
          "response",
          "verdict",
          "reaction",
          "message",
          "advice",
          "take",
          "summary",
          "retort",
          "rebuttal",
          "explanation",
          "words",
          "conclusion",
          "warning");

  /** Nouns that name a quoted phrase as someone's: "her “basket of deplorables” line". */
  private static final Set<String> QUOTE_NOUNS =
      Set.of(
          "line",
          "quip",
          "phrase",
          "words",
          "slogan",
          "mantra",
          "refrain",
          "catchphrase",
          "label",
          "term",
          "description",
          "characterization",
          "comments",
          "remarks",
          "statement",
          "tweet",
          "motto",
          "promise",
          "pledge",
          "vow",
          "jab",
          "insult",
          "nickname",
          "joke",
          "position");

  private static final int MAX_POSSESSIVE_REACH = 20;

  private final DocumentView doc;
  private final SpeakerPhrases phrases;

  /** A speaker framing a quotation: first token of the holder, the cue token, how sure. */
  private record Frame(Speaker speaker, int holder, int cue, boolean strong) {}

  FramedQuotes(DocumentView doc, SpeakerPhrases phrases) {
    this.doc = doc;
    this.phrases = phrases;
  }

  /** The attributions with framed quotations credited to their framing speaker. */
  List<Attribution> reframe(List<Attribution> all) {
    List<Attribution> out = new ArrayList<>(all.size());
    for (Attribution a : all) {
      Attribution framed = a.block() ? null : framed(a);
      out.add(framed == null ? a : framed);
    }
    return out;
  }

  private Attribution framed(Attribution a) {
    MarkedQuote m = firstMarkIn(a.start(), a.end());
    if (m == null) {
      return null;
    }
    Sentence s = doc.sentenceAt(m.open());
    if (s == null) {
      return null;
    }
    if (a.start() < s.start() || a.end() > s.end() + 1) {
      return null; // a statement running over sentences is framed by its own cue
    }
    boolean overridable = overridable(a);
    Frame f = null;
    if (overridable || ":".equals(a.cue())) {
      f = asPutIt(s, m);
      if (f == null) {
        f = inWords(s, m);
      }
    }
    if (f == null && overridable && !":".equals(a.cue())) {
      f = colon(s, m, a);
    }
    if (f == null && a.speaker() == null && a.marks()) {
      f = possessive(s, m);
    }
    if (f == null || f.speaker() == null) {
      return null;
    }
    Token cue = doc.tokens.get(f.cue());
    Token holder = doc.tokens.get(f.holder());
    return new Attribution(
        a.start(),
        a.end(),
        f.speaker(),
        cue.word(),
        cue.start(),
        cue.end(),
        Math.min(a.start(), holder.start()),
        Math.max(a.end(), cue.end()),
        f.strong() ? 0.7 : 0.5,
        a.marks(),
        false);
  }

  private MarkedQuote firstMarkIn(int from, int to) {
    for (MarkedQuote m : doc.marks) {
      if (m.start() >= from && m.end() <= to && m.start() < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** "“insurance, not an alliance,” as one analyst put it", "As Vulture put it, “...”". */
  private Frame asPutIt(Sentence s, MarkedQuote m) {
    for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
      if (doc.quoted[i] || !"as".equals(TokenWords.lower(doc.tokens.get(i)))) {
        continue;
      }
      if (i > s.firstToken() && Phrases.makesAsComparative(doc.tokens.get(i - 1))) {
        continue;
      }
      int to = Phrases.npEndForward(doc.tokens, i + 1, Math.min(s.endToken(), i + 9));
      if (to == i + 1 || to >= s.endToken() || !holds(i + 1, to)) {
        continue;
      }
      int v = to;
      while (v < s.endToken()
          && (PennTags.of(doc.tokens.get(v)).matches("RB.*|MD")
              || TokenWords.lemma(doc.tokens.get(v)).matches("have|be"))
          && v + 1 < s.endToken()
          && PennTags.isVerb(doc.tokens.get(v + 1))) {
        v++;
      }
      while (v < s.endToken() && PennTags.isAdverb(doc.tokens.get(v))) {
        v++;
      }
      if (v >= s.endToken() || !PennTags.isVerb(doc.tokens.get(v))) {
        continue;
      }
      String lemma = TokenWords.lemma(doc.tokens.get(v));
      if (!AS_VERBS.contains(lemma)) {
        continue;
      }
      if (NEED_IT.contains(lemma)
          && (v + 1 >= s.endToken() || !"it".equals(TokenWords.lower(doc.tokens.get(v + 1))))) {
        continue;
      }
      if (!sameClause(s, i, m)) {
        continue;
      }
      return new Frame(doc.speakers.resolve(i + 1, to), i + 1, v, true);
    }
    return null;
  }

  /** A holder of views, or a capitalized name the tagger missed ("As Vulture put it"). */
  private boolean holds(int from, int to) {
    Token head = doc.tokens.get(to - 1);
    return phrases.holdsViews(from, to)
        || Character.isUpperCase(head.word().charAt(0))
            && PennTags.isNoun(head)
            && !TokenWords.lower(head).equals("i");
  }

  /** "In the senator's words, “...”", "in the words of one aide, “...”". */
  private Frame inWords(Sentence s, MarkedQuote m) {
    for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
      if (doc.quoted[i] || !"in".equals(TokenWords.lower(doc.tokens.get(i)))) {
        continue;
      }
      int w = i + 1;
      Speaker speaker = null;
      int holder = -1;
      if ("the".equals(TokenWords.lower(doc.tokens.get(w)))
          && w + 2 < s.endToken()
          && "words".equals(TokenWords.lower(doc.tokens.get(w + 1)))
          && "of".equals(TokenWords.lower(doc.tokens.get(w + 2)))) {
        int from = w + 3;
        int to = Phrases.npEndForward(doc.tokens, from, Math.min(s.endToken(), from + 8));
        if (to > from && phrases.holdsViews(from, to)) {
          speaker = doc.speakers.resolve(from, to);
          holder = from;
          w = w + 1;
        }
      } else {
        int k = w;
        while (k < s.endToken()
            && !"words".equals(TokenWords.lower(doc.tokens.get(k)))
            && k < w + 8) {
          k++;
        }
        if (k >= s.endToken() || !"words".equals(TokenWords.lower(doc.tokens.get(k)))) {
          continue;
        }
        int[] owner = NounCue.possessor(doc.tokens, k, w);
        if (owner == null || owner[0] != w) {
          continue;
        }
        speaker = possessorSpeaker(owner);
        holder = owner[0];
        w = k;
      }
      if (speaker != null && sameClause(s, i, m)) {
        return new Frame(speaker, holder, w, true);
      }
    }
    return null;
  }

  /** Whether the frame at token {@code at} and the quote share a clause (no ';' between). */
  private boolean sameClause(Sentence s, int at, MarkedQuote m) {
    int q = doc.tokenAt(m.open());
    int from = Math.min(at, q);
    int to = Math.max(at, q);
    for (int k = from; k < to && k < s.endToken(); k++) {
      if (!doc.quoted[k] && TokenWords.lower(doc.tokens.get(k)).equals(";")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a quotation's attribution may give way to a frame: no speaker or no saying verb. */
  private boolean overridable(Attribution a) {
    if (a.speaker() == null || a.cueStart() < 0) {
      return a.marks();
    }
    int c = doc.tokenAt(a.cueStart());
    if (c >= doc.tokens.size() || ":".equals(a.cue())) {
      return false;
    }
    VerbClass vc = doc.lexicon.verb(TokenWords.lemma(doc.tokens.get(c)));
    return vc == VerbClass.STANCE || vc == null && !doc.lexicon.isCueNoun(a.cue());
  }

  /**
   * "Temirova put it more bluntly: Kazakhstan wants “insurance”", "Lowe's answer: the plan “will
   * fail”": the subject of a reporting verb, or the possessor of an answer noun, before a colon
   * speaks what follows it in the sentence.
   */
  private Frame colon(Sentence s, MarkedQuote m, Attribution a) {
    int q = doc.tokenAt(m.open());
    int colon = -1;
    for (int k = q - 1; k > s.firstToken(); k--) {
      if (!doc.quoted[k] && ":".equals(doc.tokens.get(k).word())) {
        colon = k;
        break;
      }
    }
    if (colon < 0 || a.cueStart() >= 0 && a.cueStart() < doc.tokens.get(colon).end()) {
      return null;
    }
    if (colon + 1 < doc.tokens.size() && doc.tokens.get(colon + 1).start() >= m.open() - 1) {
      return null; // a quotation right after the colon: the colon attribution handles it
    }
    int n = colon - 1;
    if (COLON_NOUNS.contains(TokenWords.lower(doc.tokens.get(n)))) {
      int[] owner = NounCue.possessor(doc.tokens, n, s.firstToken());
      if (owner != null && owner[0] == s.firstToken()) {
        Speaker speaker = possessorSpeaker(owner);
        return speaker == null ? null : new Frame(speaker, owner[0], n, true);
      }
      return null;
    }
    int[] subject = phrases.mainSubject(s.firstToken(), colon);
    if (subject == null || !phrases.namesSomeone(subject[0], subject[1])) {
      return null;
    }
    for (int v = subject[1]; v < colon; v++) {
      Token t = doc.tokens.get(v);
      if (doc.quoted[v] || !PennTags.isVerb(t)) {
        continue;
      }
      String lemma = TokenWords.lemma(t);
      boolean putIt =
          NEED_IT.contains(lemma)
              && v + 1 < colon
              && "it".equals(TokenWords.lower(doc.tokens.get(v + 1)));
      VerbClass vc = doc.lexicon.verb(lemma);
      if (putIt || vc == VerbClass.SAY || vc == VerbClass.TELL || vc == VerbClass.THAT) {
        Speaker speaker = doc.speakers.resolve(subject[0], subject[1], subject[2]);
        return speaker == null ? null : new Frame(speaker, subject[0], v, true);
      }
      return null; // the clause's first verb is no reporting verb
    }
    return null;
  }

  /**
   * "Obama's “you didn't build that” remark", "Mr. Obama's rejection of “a politics of cynicism”",
   * "the mayor's position rests on the idea of a “grand bargain”": the possessor of a reporting
   * noun before the quotation, or of a quoting noun right after it, says it.
   */
  private Frame possessive(Sentence s, MarkedQuote m) {
    int q = doc.tokenAt(m.open());
    if (m.closed()) {
      int after = doc.tokenAt(m.outerEnd());
      if (after < s.endToken() && QUOTE_NOUNS.contains(TokenWords.lower(doc.tokens.get(after)))
          || after < s.endToken()
              && doc.lexicon.isCueNoun(TokenWords.lemma(doc.tokens.get(after)))) {
        int[] owner = NounCue.possessor(doc.tokens, q, s.firstToken());
        if (owner != null && isHolder(owner)) {
          return new Frame(possessorSpeaker(owner), owner[0], after, false);
        }
      }
    }
    for (int n = q - 1; n > s.firstToken() && n >= q - MAX_POSSESSIVE_REACH; n--) {
      Token t = doc.tokens.get(n);
      if (doc.quoted[n]) {
        return null;
      }
      if (doc.isCue(t) && PennTags.isVerb(t) || phrases.isNamedGroupOrPerson(n)) {
        return null; // another speaker or cue stands between
      }
      if (!PennTags.isNoun(t)) {
        continue;
      }
      String lemma = TokenWords.lemma(t);
      if (!doc.lexicon.isCueNoun(lemma) && !QUOTE_NOUNS.contains(TokenWords.lower(t))) {
        continue;
      }
      int[] owner = NounCue.possessor(doc.tokens, n, s.firstToken());
      if (owner == null || !isHolder(owner) || !subjectOrObjectOf(s, owner, n, q)) {
        continue;
      }
      return new Frame(possessorSpeaker(owner), owner[0], n, false);
    }
    return null;
  }

  /** The possessed noun at {@code n} leads to the quote: through "of"/"that", or as the subject. */
  private boolean subjectOrObjectOf(Sentence s, int[] owner, int n, int q) {
    boolean finiteBefore = false;
    for (int k = s.firstToken(); k < owner[0]; k++) {
      if (DocumentView.isFinite(doc.tokens.get(k)) && !doc.quoted[k]) {
        finiteBefore = true;
        break;
      }
    }
    if (!finiteBefore) {
      return true; // "Podliska's most explosive claim is that ... a “witch hunt”"
    }
    // "It was Mr. Obama's rejection of “a politics of cynicism” that ...": object right after
    for (int k = n + 1; k < q; k++) {
      if (DocumentView.isFinite(doc.tokens.get(k))) {
        return false;
      }
    }
    return n + 1 < q
        && (TokenWords.lower(doc.tokens.get(n + 1)).matches("of|that|:|,")
            || DocumentView.isDash(doc.tokens.get(n + 1)));
  }

  private boolean isHolder(int[] owner) {
    Token h = doc.tokens.get(owner[0]);
    return NounCue.pronounOf(h) != null && owner[1] == owner[0] + 1
        || phrases.holdsViews(owner[0], owner[1]);
  }

  private Speaker possessorSpeaker(int[] owner) {
    Token h = doc.tokens.get(owner[0]);
    String pronoun = NounCue.pronounOf(h);
    if (pronoun != null && owner[1] == owner[0] + 1) {
      return doc.speakers.pronoun(
          new Token(h.start(), h.end(), pronoun, "PRP", pronoun, h.ner()), owner[0]);
    }
    return phrases.holdsViews(owner[0], owner[1]) ? doc.speakers.resolve(owner[0], owner[1]) : null;
  }
}
