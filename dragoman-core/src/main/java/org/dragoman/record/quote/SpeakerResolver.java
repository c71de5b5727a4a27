package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.lexicon.Gender;
import org.dragoman.lexicon.GenderLexicon;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;

/**
 * Names the speaker of a noun phrase inside one document: the entity whose mention covers it, the
 * possessor of a report ("Jamestown's report"), the person holding a role ("the minister"), or the
 * earlier person a pronoun refers to (the most recent person in subject position, else the most
 * recent person named outside a possessive). One instance per document; not shared.
 */
final class SpeakerResolver {
  /** A speaker seen at a token position, for pronoun resolution. */
  private record Seen(int token, Speaker speaker, boolean subject, boolean opening) {}

  private final AnnotatedText annotated;
  private final List<Token> tokens;
  private final String text;
  private final ReportingLexicon lexicon;
  private final List<Entity> entities;
  private final Entity[] entityAt;
  private final Map<String, Entity> byName = new HashMap<>();
  private final List<Seen> persons = new ArrayList<>();
  private final List<Seen> groups = new ArrayList<>();
  private final List<Seen> possessives = new ArrayList<>();
  private final String author;
  private final GenderLexicon genderWords = GenderLexicon.bundled();
  private final PersonGenders genders;
  private final InterviewAnswers interview;

  SpeakerResolver(
      AnnotatedText annotated,
      List<Entity> entities,
      ReportingLexicon lexicon,
      List<String> authors) {
    this.annotated = annotated;
    this.text = annotated.text();
    this.tokens = annotated.tokens();
    this.lexicon = lexicon;
    this.entities = entities;
    this.entityAt = new Entity[tokens.size()];
    this.author = authors.size() == 1 ? authors.get(0) : null;
    for (Entity e : entities) {
      byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      for (String a : e.aliases()) {
        byName.putIfAbsent(a.toLowerCase(Locale.ROOT), e);
      }
      for (Mention m : e.mentions()) {
        byName.putIfAbsent(m.text().toLowerCase(Locale.ROOT), e);
        int i = tokenAt(m.start());
        while (i < tokens.size() && tokens.get(i).start() < m.end()) {
          if (entityAt[i] == null || isPerson(e)) {
            entityAt[i] = e;
          }
          i++;
        }
      }
    }
    this.genders = PersonGenders.of(annotated, entities, entityAt, genderWords);
    this.interview = InterviewAnswers.of(text, entities);
  }

  private int tokenAt(int offset) {
    return annotated.tokenIndexAt(offset);
  }

  private static boolean isPerson(Entity e) {
    return e != null && e.type() == EntityType.PERSON;
  }

  Entity entityAt(int token) {
    return entityAt[token];
  }

  private static Speaker of(Entity e) {
    return new Speaker(e.id(), e.name());
  }

  /**
   * Records the people in subject position in tokens [from, to) of one sentence, and the people
   * named there outside possessives, prepositional objects and quotations ({@code quoted} marks the
   * tokens inside quotation marks).
   */
  void scanSentence(int from, int to, boolean[] quoted) {
    int i = from;
    while (i < to) {
      Entity e = entityAt[i];
      if (!isPerson(e) || quoted[i]) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && entityAt[j] == e) {
        j++;
      }
      boolean possessive = j < to && PennTags.isPossessive(tokens.get(j));
      boolean object =
          i > from && PennTags.of(tokens.get(i - 1)).matches("IN|TO|VB.*") && !initial(from, i);
      if (possessive && !object) {
        possessives.add(new Seen(i, of(e), false, false)); // "Clinton's push ...": a last resort
      } else if (!object) {
        int k = j;
        while (k < to && Phrases.isVerbPrefix(tokens.get(k))) {
          k++;
        }
        boolean subject =
            (k < to && PennTags.isVerb(tokens.get(k)))
                || (initial(from, i) && j < to && TokenWords.lower(tokens.get(j)).equals(","));
        boolean opening = subject && initial(from, i) && !inOpeningClause(from, i);
        persons.add(new Seen(i, of(e), subject, opening));
      }
      i = j;
    }
  }

  /**
   * Token {@code i} lies in a subordinate clause opening the sentence at {@code from}, before its
   * first comma: "When Maddow pointed out ..., Clinton seized ...".
   */
  private boolean inOpeningClause(int from, int i) {
    String opener = TokenWords.lower(tokens.get(from));
    if (!Phrases.isSubordinatorWord(opener) && !opener.equals("asked")) {
      return false;
    }
    for (int k = from + 1; k < i; k++) {
      if (tokens.get(k).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** The phrase at {@code i} opens its sentence, possibly after an introduction and a comma. */
  private boolean initial(int from, int i) {
    if (i == from) {
      return true;
    }
    String before = TokenWords.lower(tokens.get(i - 1));
    if (before.equals(",")) {
      return true;
    }
    for (int k = from; k < i; k++) {
      if (PennTags.isNoun(tokens.get(k)) || PennTags.isVerb(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Records a speaker found for a cue, so later pronouns can refer to it. */
  void noteSpeaker(int token, Speaker speaker, boolean plural) {
    if (speaker == null) {
      return;
    }
    Entity e = entityOf(speaker);
    if (isPerson(e) || (e == null && !plural && personLike(speaker))) {
      if (e != null || !indefinite(token)) {
        // "a rare candidate who hopes ...", "when a man tells ...": no one to refer back to
        persons.add(new Seen(token, speaker, true, true));
      }
    } else {
      groups.add(new Seen(token, speaker, true, true));
    }
  }

  /** Words opening a noun phrase that introduces no one in particular. */
  private static final java.util.Set<String> INDEFINITES =
      java.util.Set.of("a", "an", "another", "any", "every", "each", "no");

  /** The noun phrase whose head is token {@code head} opens with "a", "an", "every", .... */
  private boolean indefinite(int head) {
    int k = head;
    while (k > 0 && PennTags.of(tokens.get(k - 1)).matches("JJ.?|NN|NNS|CD|HYPH|VBN|RBS?")) {
      k--;
    }
    return k > 0 && INDEFINITES.contains(TokenWords.lower(tokens.get(k - 1)));
  }

  private boolean personLike(Speaker s) {
    String[] words = s.name().split("\\s+");
    return lexicon.isPersonNoun(words[words.length - 1]);
  }

  /** The entity a speaker names, or null for no speaker or a speaker with no entity. */
  Entity entityOf(Speaker speaker) {
    if (speaker == null || speaker.entity() == null) {
      return null;
    }
    for (Entity e : entities) {
      if (e.id().equals(speaker.entity())) {
        return e;
      }
    }
    return null;
  }

  /** The speaker named by the noun phrase of tokens [from, to), or null when none can be named. */
  Speaker resolve(int from, int to) {
    return resolve(from, to, to);
  }

  /**
   * As {@link #resolve(int, int)}; a speaker that is no entity is named by tokens [from, nameEnd),
   * the phrase with its modifiers ("half of GOP primary voters").
   */
  Speaker resolve(int from, int to, int nameEnd) {
    if (from >= to) {
      return null;
    }
    int head = to - 1;
    Token h = tokens.get(head);
    if (PennTags.isPersonalPronoun(h)) {
      return pronoun(h, head);
    }
    for (int k = from + 1; k < head; k++) {
      if (PennTags.isPossessive(tokens.get(k)) && lexicon.isDocumentNoun(h.lemma())) {
        Speaker owner = resolve(from, k);
        if (owner != null) {
          return owner;
        }
      }
    }
    Entity e = entityAt[head];
    if (e != null) {
      return of(e);
    }
    int properFrom = head;
    while (properFrom > from && Phrases.isProperOrNamed(tokens.get(properFrom - 1))) {
      properFrom--;
    }
    if (Phrases.isProperOrNamed(h)) {
      Entity named = byName.get(text(properFrom, to).toLowerCase(Locale.ROOT));
      if (named != null) {
        return of(named);
      }
    }
    Entity named = appositiveName(head, to);
    if (named != null) {
      return of(named); // "the company's chief executive, Jan Ferris, said"
    }
    int of = ofHead(from, head);
    if (of >= 0) {
      Entity holder = roleHolder(tokens.get(of).word(), from); // "the former chief of staff"
      if (holder != null) {
        return of(holder);
      }
    }
    if (lexicon.isPersonNoun(h.word()) && singularCommonNoun(h)) {
      Entity holder = roleHolder(h.word(), from);
      if (holder != null) {
        return of(holder);
      }
      if (definiteTitle(from, head)) {
        Speaker salient = salientPerson(from, genderWords.ofWord(h.word()));
        if (salient != null) {
          return salient;
        }
      }
    }
    int start = from;
    while (start < head
        && PennTags.of(tokens.get(start)).matches("DT|CD|PDT|PRP\\$")
        && !(PennTags.of(tokens.get(start)).equals("CD") && quantity(start))) {
      start++;
    }
    // "Nearly half", "About 4 in 10", "At least half of voters": keep the approximation
    if (start == from && start >= 1 && TokenWords.lower(tokens.get(start)).matches("least|most")) {
      start--; // "At least half of voters"
    } else if (start == from && quantity(start)) {
      if (start >= 2
          && APPROXIMATE_PAIRS.contains(text(start - 2, start).toLowerCase(Locale.ROOT))) {
        start -= 2;
      } else if (start >= 1 && APPROXIMATE.contains(TokenWords.lower(tokens.get(start - 1)))) {
        start -= 1;
      }
    }
    return new Speaker(null, text(start, Math.max(to, nameEnd)));
  }

  /**
   * The person named in an apposition right after a title phrase ending at {@code head}: ", NAME,"
   * or ", NAME said"; null when none.
   */
  private Entity appositiveName(int head, int to) {
    Token h = tokens.get(head);
    if (to + 1 >= tokens.size()
        || !tokens.get(to).word().equals(",")
        || !lexicon.isPersonNoun(h.word())
        || !Character.isLowerCase(h.word().charAt(0))) {
      return null;
    }
    Entity e = entityAt[to + 1];
    if (!isPerson(e)) {
      return null;
    }
    int j = to + 1;
    while (j < tokens.size() && entityAt[j] == e) {
      j++;
    }
    return j < tokens.size() && (tokens.get(j).word().equals(",") || PennTags.isVerb(tokens.get(j)))
        ? e
        : null;
  }

  /**
   * A singular noun written in lower case: "senator" even when the tagger reads "The Florida
   * senator" as a proper name.
   */
  private static boolean singularCommonNoun(Token t) {
    String pos = PennTags.of(t);
    return (pos.equals("NN") || pos.equals("NNP")) && Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * The title before "of" in a definite phrase of tokens [from, head] ("the former chief of staff",
   * "the deputy secretary of state"), or -1 when the phrase is no such title.
   */
  private int ofHead(int from, int head) {
    if (!TokenWords.lower(tokens.get(from)).equals("the")) {
      return -1;
    }
    for (int k = from + 2; k < head; k++) {
      if (TokenWords.lower(tokens.get(k)).equals("of")) {
        Token t = tokens.get(k - 1);
        boolean title = lexicon.isPersonNoun(t.word()) && singularCommonNoun(t) && k + 2 >= head;
        return title ? k - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * The speaker of a transcript label in tokens [from, to) ("FALLIN", "MR. TRUMP"): the person
   * named so, matched on the label's last word, else the label itself.
   */
  Speaker label(int from, int to) {
    Speaker named = resolve(from, to);
    if (named != null && named.entity() != null) {
      return named;
    }
    String last = TokenWords.lower(tokens.get(to - 1)).replaceAll("[.'’]+$", "");
    for (Entity e : entities) {
      if (!isPerson(e)) {
        continue;
      }
      String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
      if (words[words.length - 1].equals(last)) {
        return of(e);
      }
    }
    return new Speaker(null, text(from, to));
  }

  private static final java.util.Set<String> APPROXIMATE =
      java.util.Set.of("nearly", "about", "almost", "roughly", "around", "approximately", "over");
  private static final java.util.Set<String> APPROXIMATE_PAIRS =
      java.util.Set.of("at least", "more than", "less than", "fewer than", "at most");

  /**
   * Token {@code k} opens a share of people: "Twenty-four percent", "4 in 10", "half of voters".
   */
  private boolean quantity(int k) {
    Token t = tokens.get(k);
    String w = TokenWords.lower(t);
    if (w.equals("half") || w.equals("third") || w.equals("majority")) {
      return true;
    }
    if (!PennTags.of(t).equals("CD") || k + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    String n = TokenWords.lower(next);
    return next.start() == t.end() || n.equals("percent") || n.equals("%") || n.equals("in");
  }

  private String text(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** Titles that, after "the", name a person the story has just been about ("the senator"). */
  private static final java.util.Set<String> SALIENT_TITLES =
      java.util.Set.of(
          "president",
          "senator",
          "governor",
          "candidate",
          "nominee",
          "congressman",
          "congresswoman",
          "representative",
          "mayor",
          "premier",
          "chancellor",
          "minister",
          "ambassador",
          "businessman",
          "businesswoman",
          "billionaire",
          "mogul");

  /** Short forms of titles written before names: "Sen. Bernie Sanders" holds "senator". */
  private static final Map<String, String> TITLE_ABBREVIATIONS =
      Map.of(
          "senator", "sen.",
          "representative", "rep.",
          "congressman", "rep.",
          "congresswoman", "rep.",
          "governor", "gov.",
          "president", "pres.");

  /** Window, in tokens, in which a title without a known holder refers back to a person. */
  private static final int SALIENCE_WINDOW = 150;

  /**
   * Tokens [from, head] are "the" and modifiers of the title at {@code head}, known as a title that
   * refers back: "the Florida senator", "the 43-year-old former congressman".
   */
  private boolean definiteTitle(int from, int head) {
    if (!TokenWords.lower(tokens.get(from)).equals("the")
        || !SALIENT_TITLES.contains(TokenWords.lower(tokens.get(head)))) {
      return false;
    }
    for (int k = from + 1; k < head; k++) {
      Token t = tokens.get(k);
      if (!PennTags.of(t).matches("JJ.?|NNP?|CD|HYPH|VBN|RB") || PennTags.isPossessive(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The named person the text is about right before token {@code before}: the most recent
   * compatible person in subject position within {@link #SALIENCE_WINDOW} tokens, else the most
   * recent compatible person named there; null when none.
   */
  private Speaker salientPerson(int before, Gender wanted) {
    Seen subject = null;
    Seen mention = null;
    for (Seen s : persons) {
      if (s.token() >= before
          || before - s.token() > SALIENCE_WINDOW
          || s.speaker().entity() == null
          || !compatible(s.speaker(), wanted)) {
        continue;
      }
      if (s.subject() && (subject == null || s.token() > subject.token())) {
        subject = s;
      }
      if (mention == null || s.token() > mention.token()) {
        mention = s;
      }
    }
    Seen pick = subject != null ? subject : mention;
    return pick == null ? null : pick.speaker();
  }

  /** The person with that role most recently named before token {@code before}. */
  private Entity roleHolder(String role, int before) {
    String r = role.toLowerCase(Locale.ROOT);
    Entity best = null;
    int bestAt = -1;
    for (Entity e : entities) {
      if (!isPerson(e)) {
        continue;
      }
      boolean holds = holds(e, r);
      for (Mention m : e.mentions()) {
        int t = tokenAt(m.start());
        if (t >= before) {
          break;
        }
        boolean titled = holds || titledBefore(t, r);
        if (titled && t > bestAt) {
          best = e;
          bestAt = t;
        }
      }
    }
    return best;
  }

  /** One of the roles of {@code e} has the lower-case title {@code role} or its short form. */
  private static boolean holds(Entity e, String role) {
    String abbreviation = TITLE_ABBREVIATIONS.get(role);
    for (String x : e.roles()) {
      String lower = x.toLowerCase(Locale.ROOT);
      if (lower.contains(role) || (abbreviation != null && lower.equals(abbreviation))) {
        return true;
      }
    }
    return false;
  }

  /** A title word right before a mention: "Foreign Minister Sergei Lavrov". */
  private boolean titledBefore(int mentionToken, String role) {
    for (int k = mentionToken - 1; k >= Math.max(0, mentionToken - 4); k--) {
      Token t = tokens.get(k);
      String w = TokenWords.lower(t);
      if (w.equals(role) || w.equals(TITLE_ABBREVIATIONS.get(role))) {
        return true;
      }
      if (!Phrases.isProperOrNamed(t) && !PennTags.isNoun(t) && !t.word().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A speaker can be referred to by a pronoun of gender {@code wanted}: any speaker when no gender
   * is wanted, else a speaker not known to be of the other gender (a person by the document's
   * evidence, a described person by the head noun: "the spokeswoman").
   */
  private boolean compatible(Speaker speaker, Gender wanted) {
    if (wanted == null) {
      return true;
    }
    Gender known = genderOf(speaker);
    return known == null || known == wanted;
  }

  /** The known gender of a speaker, or null. */
  Gender genderOf(Speaker speaker) {
    if (speaker.entity() != null) {
      return genders.of(speaker.entity());
    }
    String[] words = speaker.name().trim().split("\\s+");
    return genderWords.ofWord(words[words.length - 1]);
  }

  /**
   * The earliest compatible person in subject position in the sentence of {@code latest}: the main
   * clause's subject rather than an embedded one ("Madison recalled that Obama was ...").
   */
  private Seen firstSubjectOfSentence(Seen latest, Gender wanted) {
    int sentence = annotated.sentenceIndexAt(tokens.get(latest.token()).start());
    Seen first = latest;
    for (Seen s : persons) {
      if (s.opening()
          && s.token() < first.token()
          && compatible(s.speaker(), wanted)
          && annotated.sentenceIndexAt(tokens.get(s.token()).start()) == sentence) {
        first = s;
      }
    }
    return first;
  }

  /**
   * The latest compatible person named as a possessor within {@link #SALIENCE_WINDOW} tokens before
   * token {@code at} ("Clinton's judgment ... her push"), or null.
   */
  private Seen latestPossessor(int at, Gender wanted) {
    Seen pick = null;
    for (Seen s : possessives) {
      if (s.token() < at
          && at - s.token() <= SALIENCE_WINDOW
          && compatible(s.speaker(), wanted)
          && (pick == null || s.token() > pick.token())) {
        pick = s;
      }
    }
    return pick;
  }

  /** The referent of a pronoun at token {@code at}, or null when it has none worth naming. */
  Speaker pronoun(Token t, int at) {
    String w = TokenWords.lower(t);
    switch (w) {
      case "he", "she", "him", "her", "who" -> {
        Gender wanted = Gender.ofPronoun(w);
        Seen subject = null;
        Seen mention = null;
        for (Seen s : persons) {
          if (s.token() >= at || !compatible(s.speaker(), wanted)) {
            continue;
          }
          if (s.subject() && (subject == null || s.token() > subject.token())) {
            subject = s;
          }
          if (mention == null || s.token() > mention.token()) {
            mention = s;
          }
        }
        Seen pick = subject != null ? firstSubjectOfSentence(subject, wanted) : mention;
        if (pick == null) {
          pick = latestPossessor(at, wanted);
        }
        return pick == null ? null : pick.speaker();
      }
      case "they", "it" -> {
        Seen pick = null;
        for (Seen s : groups) {
          if (s.token() < at && (pick == null || s.token() > pick.token())) {
            pick = s;
          }
        }
        return pick == null ? null : pick.speaker();
      }
      case "i", "we" -> {
        Entity interviewee = interview.speakerAt(t.start());
        if (interviewee != null) {
          return of(interviewee);
        }
        return new Speaker(null, author == null ? "the author" : author);
      }
      default -> {
        return null;
      }
    }
  }
}
