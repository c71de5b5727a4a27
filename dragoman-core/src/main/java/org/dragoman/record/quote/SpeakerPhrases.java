package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.WordSets;
import org.dragoman.model.Entity;
import org.dragoman.model.Token;

/**
 * Finding the phrase that names who speaks: the subject before a cue, with its coordination,
 * apposition and governing noun, the main subject of a sentence, and whether a phrase names
 * someone.
 */
final class SpeakerPhrases {
  private final DocumentView doc;

  SpeakerPhrases(DocumentView doc) {
    this.doc = doc;
  }

  boolean isNamedGroupOrPerson(int k) {
    Entity e = doc.speakers.entityAt(k);
    if (e != null) {
      return e.type() == org.dragoman.model.EntityType.ORGANIZATION
          || e.type() == org.dragoman.model.EntityType.PERSON;
    }
    String ner = doc.tokens.get(k).ner();
    return "ORGANIZATION".equals(ner) || "PERSON".equals(ner);
  }

  /**
   * The subject of the sentence's main verb before token {@code before}, or null. A clause opening
   * the sentence with a subordinator ("Even as shares fell, ...", "After she was hurt, ...") and a
   * cleft's "It was ... that" are passed over when a main clause follows.
   */
  int[] mainSubject(int s0, int before) {
    int[] main = mainSubject(s0, before, true);
    return main != null ? main : mainSubject(s0, before, false);
  }

  private int[] mainSubject(int s0, int before, boolean skipOpening) {
    boolean opening = false;
    boolean verbSeen = false;
    int[] relativeSubject = null;
    boolean finiteBefore = false;
    for (int k = s0; k < before; k++) {
      Token t = doc.tokens.get(k);
      if (skipOpening && !verbSeen && !doc.quoted[k] && Phrases.isSubordinator(t)) {
        opening = true;
      }
      if (opening && t.word().equals(",")) {
        opening = false;
      }
      if (k == s0
          || doc.quoted[k]
          || !PennTags.isVerb(t)
          || PennTags.isVerb(doc.tokens.get(k - 1))) {
        continue;
      }
      if (PennTags.of(t).equals("VBG") || PennTags.of(t).equals("VBN") && !isFiniteContext(k)) {
        continue;
      }
      verbSeen |= !opening;
      if (opening) {
        continue;
      }
      if (!finiteBefore && PennTags.of(doc.tokens.get(k - 1)).matches("WP|WDT")) {
        // "Sanders, the senator who is challenging Clinton, enjoys": a relative clause in the
        // subject has not the main verb, unless no other verb follows ("Cruz, who has seen a
        // surge, named/VBN")
        if (relativeSubject == null) {
          relativeSubject = subjectBefore(k, s0);
        }
        continue;
      }
      finiteBefore |= DocumentView.isFinite(t);
      int[] subject = subjectBefore(k, s0);
      if (skipOpening && subject != null && isCleft(subject, k, before)) {
        verbSeen = false; // "It was weeks ago that, ..., Khan offered": the clause after "that"
        continue;
      }
      if (subject != null) {
        return subject;
      }
    }
    return relativeSubject;
  }

  /** "It was ... that": an expletive subject of "be" with "that" later before {@code before}. */
  private boolean isCleft(int[] subject, int verb, int before) {
    if (subject[1] - subject[0] != 1
        || !TokenWords.lower(doc.tokens.get(subject[0])).matches("it|there")
        || !"be".equals(TokenWords.lemma(doc.tokens.get(verb)))) {
      return false;
    }
    for (int k = verb + 1; k < before; k++) {
      if (TokenWords.lower(doc.tokens.get(k)).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past participle that is probably a finite past tense: after a noun ("the campaign released"),
   * or before an object pronoun ("The campaign, in a note, worded it carefully").
   */
  private boolean isFiniteContext(int k) {
    return k > 0 && PennTags.isNoun(doc.tokens.get(k - 1))
        || k + 1 < doc.tokens.size()
            && TokenWords.lower(doc.tokens.get(k + 1)).matches("it|them|him|us|me")
            && PennTags.isPersonalPronoun(doc.tokens.get(k + 1));
  }

  /** As {@link #namesSomeone}, or a group that holds views: "Gay rights groups", "Democrats". */
  boolean holdsViews(int from, int to) {
    return namesSomeone(from, to)
        || doc.lexicon.isGroupNoun(doc.tokens.get(to - 1).word())
        || partOfGroup(to);
  }

  /** Parts of a group: "49 percent of Republicans", "half of the voters", "a majority of them". */
  private static final Set<String> PARTS =
      Set.of(
          "percent",
          "half",
          "majority",
          "minority",
          "third",
          "thirds",
          "quarter",
          "share",
          "most",
          "plurality",
          "many",
          "some",
          "all",
          "none",
          "number",
          "fraction");

  /** The head before {@code to} is a part ("percent") of a group that holds views after "of". */
  private boolean partOfGroup(int to) {
    if (to >= doc.tokens.size()
        || !PARTS.contains(TokenWords.lower(doc.tokens.get(to - 1)))
        || !TokenWords.lower(doc.tokens.get(to)).equals("of")) {
      return false;
    }
    int end = Phrases.npEndForward(doc.tokens, to + 1, doc.tokens.size());
    return end > to + 1
        && (doc.lexicon.isGroupNoun(doc.tokens.get(end - 1).word()) || namesSomeone(to + 1, end));
  }

  /** The noun phrase [from, to) names an entity, a person or group, a document or a pronoun. */
  boolean namesSomeone(int from, int to) {
    Token head = doc.tokens.get(to - 1);
    return doc.speakers.entityAt(to - 1) != null
        || Phrases.isSubjectPronoun(head)
        || Phrases.isProperOrNamed(head)
        || doc.lexicon.isPersonNoun(head.word())
        || doc.lexicon.isDocumentNoun(TokenWords.lemma(head))
        || isNamedGroup(from, to);
  }

  /**
   * A group that holds views and is named by a proper noun before its head: "the Clinton campaign",
   * "the Senate Judiciary committee".
   */
  private boolean isNamedGroup(int from, int to) {
    Token head = doc.tokens.get(to - 1);
    if (Phrases.isProperOrNamed(head) || !doc.lexicon.isGroupNoun(head.word())) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (Phrases.isProperOrNamed(doc.tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MEMBER_PREPOSITIONS = Set.of("with", "at", "of", "for", "from");

  /**
   * "lawyers with the Okafor Legal Project", "officials at the Water Ministry": for a phrase [from,
   * to) headed by a common noun for people, the end of the prepositional phrase after it when that
   * phrase names an organization or person; else {@code to}.
   */
  int namedModifierEnd(int from, int to, int s1) {
    Token h = doc.tokens.get(to - 1);
    if (to + 1 >= s1
        || doc.speakers.entityAt(to - 1) != null
        || Phrases.isProperOrNamed(h)
        || !isPeopleNoun(h)
        || !MEMBER_PREPOSITIONS.contains(TokenWords.lower(doc.tokens.get(to)))) {
      return to;
    }
    int k = to + 1;
    if (k + 1 < s1 && PennTags.of(doc.tokens.get(k)).equals("DT")) {
      k++;
    }
    if (doc.quoted[k] || !isNamedGroupOrPerson(k)) {
      return to;
    }
    int end = k + 1;
    while (end < s1 && !doc.quoted[end] && isNamedGroupOrPerson(end)) {
      end++;
    }
    int np = Phrases.npEndForward(doc.tokens, k, s1); // "for the Ofori campaign"
    for (int q = end; q < np; q++) {
      if (doc.quoted[q]) {
        return end;
      }
    }
    return Math.max(end, np);
  }

  /** "lawyers", "aides", "campaign": a common noun for a person or a group, in any number. */
  private boolean isPeopleNoun(Token t) {
    String lemma = TokenWords.lemma(t);
    return doc.lexicon.isPersonNoun(t.word())
        || doc.lexicon.isGroupNoun(t.word())
        || doc.lexicon.isPersonNoun(lemma)
        || doc.lexicon.isGroupNoun(lemma);
  }

  /**
   * "said master of ceremonies Asab Tabchi", "said lobbyist and strategist Charlie Black": a title
   * phrase that runs on to the person it names ends after that person.
   */
  int extendToPerson(int npTo, int s1) {
    if (isPersonAt(npTo - 1)) {
      return npTo;
    }
    for (int k = npTo; k < s1 && k < npTo + 6; k++) {
      Token t = doc.tokens.get(k);
      if (t.word().matches("[,.;:]") || Phrases.isQuoteToken(t) || PennTags.isVerb(t)) {
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
   * The subject noun phrase of the verb at {@code c} as token range [from, to), or null. Skips
   * adverbs and auxiliaries, follows "who" to its antecedent, skips an apposition, jumps over a
   * relative clause and climbs out of prepositional phrases ("Jamestown's report on the trip").
   */
  int[] subjectBefore(int c, int s0) {
    int j = c - 1;
    while (j >= s0 && Phrases.isVerbPrefix(doc.tokens.get(j))) {
      j--;
    }
    if (j < s0) {
      return null;
    }
    // "offered him a job, then says", "released a statement and said": the main clause's subject
    if (j > s0
        && (TokenWords.lower(doc.tokens.get(j)).matches("and|but")
            || doc.tokens.get(j).word().equals(",")
                && TokenWords.lower(doc.tokens.get(j + 1)).equals("then"))) {
      return mainSubject(s0, j);
    }
    j = beforeParenthesis(j, s0);
    if (j < s0) {
      return null;
    }
    if (j > s0
        && Phrases.isQuoteToken(doc.tokens.get(j))
        && doc.tokens.get(j - 1).word().equals(",")) {
      int comma = commaBeforeQuotedAside(j, s0);
      return comma < 0 ? null : apposition(comma, s0);
    }
    Token t = doc.tokens.get(j);
    if (PennTags.of(t).startsWith("W") && TokenWords.lower(t).equals("who")) {
      j--;
      if (j >= s0 && doc.tokens.get(j).word().equals(",")) {
        j--;
      }
      int a = Phrases.npStartBackward(doc.tokens, j, s0);
      return a < 0 ? null : new int[] {a, j + 1, j + 1};
    }
    if (t.word().equals(",") || DocumentView.isDash(t)) {
      return apposition(j, s0);
    }
    int a = Phrases.npStartBackward(doc.tokens, j, s0);
    if (a < 0) {
      return null;
    }
    // "Trump on Tuesday backed", "the campaign in 2006 sought": skip a time adjunct
    int timeFrom = timePhraseStart(a, j);
    if (isTimeAdjunct(a, j + 1) && timeFrom > a) {
      // "a report by the Brookings Institution last year estimated": the time phrase ends the NP
      j = timeFrom - 1;
    } else if (isTimeAdjunct(a, j + 1) && a - 1 > s0) {
      int before = a - 1;
      if (PennTags.of(doc.tokens.get(before)).equals("IN")) {
        before--;
      }
      int b = before >= s0 ? Phrases.npStartBackward(doc.tokens, before, s0) : -1;
      if (b < 0) {
        return null;
      }
      a = b;
      j = before;
    }
    int[] np = {a, j + 1, j + 1};
    // a relative clause between subject and verb: "One paper that is to appear in X argues"
    for (int k = a - 1; k > s0 && k >= a - 20; k--) {
      Token r = doc.tokens.get(k);
      if (r.word().matches("[,;:]")
          || Phrases.isQuoteToken(r)
          || doc.isCue(r) && !afterRelative(k, s0)) {
        break;
      }
      if (Phrases.isRelative(r) && PennTags.isPossessive(doc.tokens.get(k - 1))) {
        // "Friends of Mr. Ofori's who have seen him say": the noun before "of" heads the subject
        int[] governor = doubleGenitive(k - 1, s0);
        if (governor != null) {
          np = governor;
          break;
        }
      }
      if (Phrases.isRelative(r) && PennTags.isNoun(doc.tokens.get(k - 1))) {
        boolean verbInside = false;
        for (int v = k + 1; v < a; v++) {
          verbInside |= PennTags.isVerb(doc.tokens.get(v));
        }
        int b = Phrases.npStartBackward(doc.tokens, k - 1, s0);
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
      Entity e = doc.speakers.entityAt(head);
      if (e != null && e.type() == org.dragoman.model.EntityType.PERSON) {
        break;
      }
      int p = np[0] - 1;
      if (p - 1 < s0 || !Phrases.isClimbPreposition(doc.tokens.get(p))) {
        break;
      }
      // "a person familiar with the talks", "officials aware of the plan": the whole description
      if (p - 2 >= s0
          && PennTags.isAdjective(doc.tokens.get(p - 1))
          && PennTags.isNoun(doc.tokens.get(p - 2))) {
        int b = Phrases.npStartBackward(doc.tokens, p - 2, s0);
        if (b >= 0) {
          np = new int[] {b, np[1], np[2]};
        }
        break;
      }
      int b = Phrases.npStartBackward(doc.tokens, p - 1, s0);
      if (b < 0) {
        break;
      }
      np = new int[] {b, p, np[2]};
    }
    return np;
  }

  /**
   * "Friends of Mr. Ofori's": for the possessive mark at {@code pos}, the noun phrase before "of"
   * that heads the whole phrase, as [start, head end, end after the mark], or null.
   */
  private int[] doubleGenitive(int pos, int s0) {
    int owner = Phrases.npStartBackward(doc.tokens, pos - 1, s0);
    if (owner < 0 || !Phrases.isProperOrNamed(doc.tokens.get(pos - 1))) {
      return null;
    }
    int of = owner - 1;
    if (of - 1 < s0 || !TokenWords.lower(doc.tokens.get(of)).equals("of")) {
      return null;
    }
    int b = Phrases.npStartBackward(doc.tokens, of - 1, s0);
    return b < 0 || !PennTags.isNoun(doc.tokens.get(of - 1)) ? null : new int[] {b, of, pos + 1};
  }

  /**
   * "Mr. Manafort, citing “the unique magic of Trump,” said", "Trump, the host of “The Apprentice,”
   * listed": the comma that opens an aside ending in a quotation whose closing mark is at {@code
   * close}, or -1 when no such comma comes a few words before the quotation, with no finite verb or
   * other quotation between.
   */
  private int commaBeforeQuotedAside(int close, int s0) {
    MarkedQuote m = doc.closingMarkAt(doc.tokens.get(close).start());
    if (m == null) {
      return -1;
    }
    int open = doc.tokenAt(m.open());
    for (int k = open - 1; k > s0 && k >= open - 20; k--) {
      Token t = doc.tokens.get(k);
      if (t.word().equals(",")) {
        return k;
      }
      if (doc.quoted[k] || DocumentView.isFinite(t) || t.word().matches("[;:]")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A subject joined to an earlier noun phrase by "and" or "or" ("Politicians and even some
   * technologists say") starts at that phrase, when nothing governs it (no preposition or verb).
   */
  private int[] coordinated(int[] np, int s0) {
    int k = np[0] - 1;
    while (k > s0 && PennTags.isAdverb(doc.tokens.get(k))) {
      k--;
    }
    if (k <= s0 || !TokenWords.lower(doc.tokens.get(k)).matches("and|or")) {
      return np;
    }
    Token left = doc.tokens.get(k - 1);
    if (!PennTags.isNoun(left) || doc.quoted[k - 1]) {
      return np;
    }
    int b = Phrases.npStartBackward(doc.tokens, k - 1, s0);
    if (b < 0 || b > s0 && !doc.isBoundary(b - 1, s0)) {
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
      Token tp = doc.tokens.get(p);
      if (Phrases.isQuoteToken(tp) && !insideShortMarks(p)) {
        break;
      }
      if (tp.word().matches("[;:]")
          || doc.isCue(tp) && DocumentView.isFinite(tp) && !afterRelative(p, s0)) {
        break; // not the verb of a relative clause: "Darko, a farmer who advised Mensah, said"
      }
      if (!tp.word().equals(",") && !DocumentView.isDash(tp)) {
        continue;
      }
      commas++;
      heads.add(beforeParenthesis(p - 1, s0));
    }
    for (int h : heads) {
      int a = Phrases.npStartBackward(doc.tokens, h, s0);
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
      if (p - 1 < s0 || !Phrases.isClimbPreposition(doc.tokens.get(p))) {
        return null;
      }
      int b = Phrases.npStartBackward(doc.tokens, p - 1, s0);
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
    Token before = doc.tokens.get(a - 1);
    return PennTags.of(before).matches("IN|TO|VB.*") && !Phrases.isQuoteToken(before);
  }

  /**
   * The verb at {@code v} follows a relative pronoun, perhaps with adverbs or auxiliaries between
   * ("who once said", "who have seen").
   */
  private boolean afterRelative(int v, int s0) {
    int k = v - 1;
    while (k > s0 && Phrases.isVerbPrefix(doc.tokens.get(k))) {
      k--;
    }
    return k > s0 && PennTags.of(doc.tokens.get(k)).matches("WP|WDT");
  }

  /** The quote token at {@code p} is a mark of a short closed quotation ("“Ted Cruz” pins"). */
  private boolean insideShortMarks(int p) {
    Token t = doc.tokens.get(p);
    for (MarkedQuote m : doc.marks) {
      if (m.closed() && (m.open() == t.start() || m.close() == t.start())) {
        return doc.text.substring(m.start(), m.end()).strip().split("\\s+").length
            <= DocumentView.MAX_SHORT_WORDS;
      }
    }
    return false;
  }

  /** The token before a parenthesis that closes at {@code j} ("Kasich (R-OH)"), else {@code j}. */
  int beforeParenthesis(int j, int s0) {
    if (j <= s0 || !doc.tokens.get(j).word().matches("\\)|-RRB-")) {
      return j;
    }
    for (int k = j - 1; k > s0 && k >= j - 8; k--) {
      String w = doc.tokens.get(k).word();
      if (w.equals("(") || w.equals("-LRB-")) {
        return k - 1;
      }
      if (Phrases.isQuoteToken(doc.tokens.get(k)) || w.matches("[,;:]")) {
        return j;
      }
    }
    return j;
  }

  private static final Set<String> TIME_WORDS =
      WordSets.union(
          Set.of(
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
              "weekend"),
          CalendarWords.WEEKDAYS,
          CalendarWords.MONTHS);

  /**
   * The first token of the time phrase ending at {@code last} inside the noun phrase starting at
   * {@code from} ("last year" in "the Brookings Institution last year"), {@code from} when the
   * whole phrase is one: its words are time words and "last", "this", "next", "early", "late".
   */
  private int timePhraseStart(int from, int last) {
    int k = last;
    while (k - 1 >= from
        && (TIME_WORDS.contains(TokenWords.lower(doc.tokens.get(k - 1)))
            || TokenWords.lower(doc.tokens.get(k - 1))
                .matches("last|this|next|early|late|earlier|later"))) {
      k--;
    }
    boolean dated = false; // "last year", "Tuesday"; not "morning shows", "election night"
    for (int t = k; t <= last; t++) {
      String w = TokenWords.lower(doc.tokens.get(t));
      dated |= !TIME_WORDS_ALONE.contains(w);
    }
    return dated && k > from && PennTags.isNoun(doc.tokens.get(k - 1)) ? k : from;
  }

  /** Time words that also make compounds with the noun before ("morning shows", "debate night"). */
  private static final Set<String> TIME_WORDS_ALONE =
      Set.of("week", "month", "year", "morning", "afternoon", "evening", "night", "weekend");

  /** The phrase [from, to) is a date or time ("Tuesday", "last week", "2006"). */
  boolean isTimeAdjunct(int from, int to) {
    Token head = doc.tokens.get(to - 1);
    String w = TokenWords.lower(head);
    return TIME_WORDS.contains(w)
        || (to - from == 1 && PennTags.of(head).equals("CD") && w.matches("1[89]\\d\\d|20\\d\\d"));
  }

  boolean isPersonAt(int token) {
    Entity e = doc.speakers.entityAt(token);
    return e != null
        ? e.type() == org.dragoman.model.EntityType.PERSON
        : "PERSON".equals(doc.tokens.get(token).ner());
  }
}
