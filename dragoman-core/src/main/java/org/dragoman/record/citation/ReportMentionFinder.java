package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.DateMention;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Reports named by their source: "Jamestown’s report on the trip", "Kommersant’s coverage", "the
 * Times' story", "a Reuters report", "a report in the Financial Times". The citation is the whole
 * phrase, up to a prepositional complement of the noun ("on the trip"); the source is the
 * possessor. A person's possessive ("Lavrov's report" where Lavrov is a person named in full
 * elsewhere) is not a citation.
 */
final class ReportMentionFinder implements CitationFinder {
  private static final Set<String> NOUNS =
      Set.of(
          "report",
          "reports",
          "story",
          "stories",
          "coverage",
          "article",
          "articles",
          "analysis",
          "analyses",
          "piece",
          "pieces",
          "interview",
          "interviews",
          "editorial",
          "editorials",
          "survey",
          "surveys",
          "poll",
          "polls",
          "study",
          "studies",
          "paper",
          "papers",
          "dispatch",
          "dispatches",
          "broadcast",
          "broadcasts",
          "reporting",
          "column",
          "commentary",
          "op-ed",
          "readout",
          "readouts",
          "transcript",
          "footage");
  private static final Set<String> MODIFIER_TAGS =
      Set.of("JJ", "JJR", "JJS", "VBN", "NN", "RB", "RBS");
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      Set.of("on", "about", "of", "into", "from", "in", "over", "regarding");
  private static final Set<String> NP_TAGS =
      Set.of(
          "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "PDT");
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("in", "by", "from");
  private static final Set<String> INTERVIEW_PREPOSITIONS = Set.of("in", "during");
  private static final Set<String> DESCRIPTORS =
      Set.of(
          "newspaper",
          "daily",
          "weekly",
          "magazine",
          "agency",
          "news",
          "television",
          "radio",
          "channel",
          "broadcaster",
          "website",
          "journal",
          "paper",
          "tabloid",
          "station",
          "outlet");
  private static final Pattern PUBLISHED_ON =
      Pattern.compile(",?\\s+(?:(?:published|broadcast|aired|released)\\s+)?on\\s+");
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "this", "that", "these", "those", "another", "one");

  @Override
  public List<Citation> find(CitationContext context) {
    List<Citation> found = new ArrayList<>();
    List<Token> tokens = context.annotated().tokens();
    for (Sentence s : context.annotated().sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String word = tokens.get(i).word();
        // a capitalized noun belongs to a name: "the Economic Studies Program", "Geological Survey"
        if (!NOUNS.contains(word) || !isNounGerundOrUntagged(tokens.get(i))) {
          continue;
        }
        Citation c = possessive(context, s, i);
        if (c == null) {
          c = nameBeforeNoun(context, s, i);
        }
        if (c == null) {
          c = sourceAfterNoun(context, s, i);
        }
        if (c != null) {
          found.add(c);
        }
      }
    }
    return found;
  }

  /** "Jamestown’s report on the trip", "the Times' latest story". */
  private Citation possessive(CitationContext context, Sentence s, int noun) {
    List<Token> tokens = context.annotated().tokens();
    int p = noun - 1;
    while (p > s.firstToken() && p >= noun - 2 && isModifier(tokens.get(p))) {
      p--;
    }
    if (p <= s.firstToken() || !PennTags.isPossessiveMark(tokens.get(p))) {
      return null;
    }
    NameRun name = NameRun.backward(tokens, p, s.firstToken());
    if (name == null || isPerson(context, name) || isDate(context, name)) {
      return null;
    }
    return citation(context, name, name.start(), complementEnd(tokens, s, noun));
  }

  /** "a Reuters report", "the BBC broadcast": a name between a determiner and the noun. */
  private Citation nameBeforeNoun(CitationContext context, Sentence s, int noun) {
    List<Token> tokens = context.annotated().tokens();
    NameRun name = NameRun.backward(tokens, noun, s.firstToken());
    if (name == null || isDate(context, name)) {
      return null;
    }
    int before = name.first() - 1;
    while (before > s.firstToken() && describesTime(tokens.get(before))) {
      before--; // "a September Washington Post-ABC News poll", "the 2004 Reuters survey"
    }
    if (before < s.firstToken() || !DETERMINERS.contains(TokenWords.lower(tokens.get(before)))) {
      return null;
    }
    String source = SourceNames.clean(name.text(context.text()));
    boolean organization = name.allTagged(tokens, "ORGANIZATION");
    if (!(organization || context.media().isMedia(source)) || isPerson(context, name)) {
      return null;
    }
    return citation(context, name, name.start(), complementEnd(tokens, s, noun));
  }

  /** "a report in the Financial Times", "an interview with ... by Reuters". */
  private Citation sourceAfterNoun(CitationContext context, Sentence s, int noun) {
    List<Token> tokens = context.annotated().tokens();
    int prep = noun + 1;
    if (prep >= s.endToken()) {
      return null;
    }
    String p = TokenWords.lower(tokens.get(prep));
    boolean interview = tokens.get(noun).word().startsWith("interview") && p.equals("with");
    if (!SOURCE_PREPOSITIONS.contains(p) && !interview) {
      return null;
    }
    NameRun name = NameRun.forward(tokens, prep + 1, s.endToken());
    boolean described = false;
    if (name == null) {
      // "an interview with the newspaper Izvestia"
      name = NameRun.afterDescriptor(tokens, prep + 1, s.endToken(), DESCRIPTORS);
      described = name != null;
    }
    if (name == null || isDate(context, name)) {
      return null;
    }
    String source = SourceNames.clean(name.text(context.text()));
    if (!(described || context.media().isMedia(source)) || isPerson(context, name)) {
      return null;
    }
    int start = tokens.get(noun).start();
    if (noun > s.firstToken() && DETERMINERS.contains(TokenWords.lower(tokens.get(noun - 1)))) {
      start = tokens.get(noun - 1).start();
    }
    CitationKind kind = interview && givenIn(tokens, s, noun) ? CitationKind.ATTRIBUTION : null;
    return citation(context, name, start, publishedDateEnd(context, name.stop()), kind);
  }

  /**
   * "said in an interview with the BBC", "during an interview with Reuters": words spoken in an
   * interview are sourced to the medium that conducted it, not merely a report it mentions.
   */
  private static boolean givenIn(List<Token> tokens, Sentence s, int noun) {
    int p = noun - 1;
    while (p > s.firstToken()
        && (DETERMINERS.contains(TokenWords.lower(tokens.get(p))) || isModifier(tokens.get(p)))
        && p >= noun - 3) {
      p--;
    }
    return p >= s.firstToken() && INTERVIEW_PREPOSITIONS.contains(TokenWords.lower(tokens.get(p)));
  }

  /** Extends a phrase over ", published on Friday" or " on March 3" when a date follows. */
  private static int publishedDateEnd(CitationContext context, int end) {
    DateMention d = context.dateIn(end, end + 40);
    if (d != null && PUBLISHED_ON.matcher(context.text().substring(end, d.start())).matches()) {
      return d.end();
    }
    return end;
  }

  private static Citation citation(CitationContext context, NameRun name, int start, int end) {
    return citation(context, name, start, end, null);
  }

  /** The citation for a phrase; {@code kind} null for a mention. */
  private static Citation citation(
      CitationContext context, NameRun name, int start, int end, CitationKind kind) {
    String source = SourceNames.clean(name.text(context.text()));
    return context.citation(start, end, source, kind == null ? CitationKind.MENTION : kind);
  }

  /** The end of the noun, or of its prepositional complement ("report on the trip"). */
  private static int complementEnd(List<Token> tokens, Sentence s, int noun) {
    int end = tokens.get(noun).end();
    int prep = noun + 1;
    if (prep >= s.endToken()
        || !COMPLEMENT_PREPOSITIONS.contains(TokenWords.lower(tokens.get(prep)))) {
      return end;
    }
    int k = prep + 1;
    int lastNoun = -1;
    while (k < s.endToken() && NP_TAGS.contains(String.valueOf(tokens.get(k).pos()))) {
      if (isNounGerundOrUntagged(tokens.get(k))) {
        lastNoun = k;
      }
      k++;
    }
    return lastNoun < 0 ? end : tokens.get(lastNoun).end();
  }

  /** A noun, a gerund ("the findings of the polling"), or a token the tagger left untagged. */
  private static boolean isNounGerundOrUntagged(Token t) {
    return t.pos() == null || PennTags.isNoun(t) || t.pos().equals("VBG");
  }

  private static boolean describesTime(Token t) {
    return "CD".equals(t.pos()) || PennTags.isAdjective(t) || isCalendar(t);
  }

  private static boolean isCalendar(Token t) {
    return NameRun.capitalized(t) && !NameRun.nameStart(t) && PennTags.isNoun(t);
  }

  private static boolean isModifier(Token t) {
    return t.pos() != null
        && MODIFIER_TAGS.contains(t.pos())
        && !t.word().isEmpty()
        && Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * A person: every token tagged PERSON and either two or more words ("Sergei Lavrov") or the last
   * word of a fuller person's name in the same text ("Lavrov"). A one-word name the tagger calls a
   * person with no fuller name around ("Kommersant") stays a possible source.
   */
  private static boolean isPerson(CitationContext context, NameRun name) {
    List<Token> tokens = context.annotated().tokens();
    String source = SourceNames.clean(name.text(context.text()));
    if (context.media().isKnown(source) || !name.allTagged(tokens, "PERSON")) {
      return false;
    }
    if (name.end() - name.first() >= 2) {
      return true;
    }
    return context.surnames().contains(tokens.get(name.first()).word());
  }

  private static boolean isDate(CitationContext context, NameRun name) {
    return context.overlapsADate(name.start(), name.stop());
  }
}
