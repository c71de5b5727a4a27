package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dragoman.language.PennTags;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.WordSets;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.EntityType;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Finds the names of a document from every kind of evidence (cited sources, "the journal X", the
 * gazetteer, parenthesized acronyms, the language stage's entity tags, "X's report", "the
 * Alliance") and keeps, where they overlap, the longest and best-founded. One linear pass per kind
 * of evidence.
 */
final class NameFinder {
  /** Nouns after which a capitalized title names a publication or outlet ("the journal X"). */
  private static final Set<String> MEDIA_NOUNS =
      Set.of(
          "journal",
          "newspaper",
          "paper",
          "daily",
          "weekly",
          "monthly",
          "magazine",
          "agency",
          "broadcaster",
          "channel",
          "network",
          "station",
          "website",
          "site",
          "portal",
          "tabloid",
          "outlet",
          "publication",
          "gazette",
          "bulletin",
          "review",
          "blog",
          "newsletter",
          "radio",
          "television",
          "tv",
          "service",
          "tank");

  /** Nouns after which a capitalized name is a company: "state concern Turkmengaz". */
  private static final Set<String> COMPANY_NOUNS =
      Set.of(
          "company",
          "concern",
          "firm",
          "giant",
          "operator",
          "producer",
          "monopoly",
          "carrier",
          "lender",
          "insurer",
          "holding",
          "conglomerate",
          "utility",
          "retailer",
          "manufacturer",
          "startup",
          "airline",
          "broker",
          "bank",
          "party",
          "movement",
          "group",
          "organization",
          "organisation",
          "foundation",
          "charity");

  /** Capitalized words that follow such nouns without naming anything ("the paper Monday"). */
  private static final Set<String> CALENDAR =
      WordSets.union(
          capitalized(WordSets.union(CalendarWords.WEEKDAYS, CalendarWords.MONTHS)),
          Set.of("Today", "Yesterday", "Tomorrow"));

  /** Short function words of other languages that occur inside titles ("Rossiya v ..."). */
  private static final Set<String> FOREIGN_FUNCTION_WORDS =
      Set.of(
          "v", "vo", "na", "i", "s", "so", "k", "o", "ob", "po", "za", "iz", "ot", "pod", "de",
          "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "des", "du", "et",
          "el", "los", "las", "y", "e", "der", "die", "und", "im", "am", "zu", "van", "von", "het",
          "en");

  /** Nouns that make "X's report" a publisher or author of a report. */
  static final Set<String> REPORT_NOUNS =
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
          "editorial",
          "editorials",
          "reporting",
          "survey",
          "poll",
          "study",
          "piece",
          "column",
          "broadcast",
          "website",
          "correspondent",
          "correspondents",
          "reporter",
          "reporters",
          "investigation",
          "interview",
          "commentary",
          "dispatch",
          "bulletin",
          "paper",
          "review",
          "news",
          "feature",
          "op-ed");

  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&", "-", "on");

  private final Gazetteer gazetteer;

  NameFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The names kept after overlaps are settled, in text order. */
  List<Name> find(AnnotatedText at, List<Citation> citations, CitedSources cited) {
    List<Name> all = new ArrayList<>();
    citationNames(at, citations, cited, all);
    for (Sentence s : at.sentences()) {
      titleNames(at, s, all);
      gazetteerNames(at, s, all);
      taggedNames(at, s, all);
      possessiveReportNames(at, s, all);
      descriptionNames(at, s, all);
    }
    List<Name> kept = settleOverlaps(all, at.tokens().size());
    acronymNames(at, kept);
    kept.sort(Comparator.comparingInt((Name n) -> n.start));
    return kept;
  }

  static Name name(
      AnnotatedText at, int i, int j, Name.Origin origin, GazetteerEntry e, EntityType type) {
    List<Token> t = at.tokens();
    int start = t.get(i).start();
    int end = t.get(j - 1).end();
    return new Name(i, j, start, end, at.text().substring(start, end), origin, e, type);
  }

  private void citationNames(
      AnnotatedText at, List<Citation> citations, CitedSources cited, List<Name> out) {
    String text = at.text();
    List<Token> tokens = at.tokens();
    for (Citation c : citations) {
      String source = c.source();
      if (source == null || source.isBlank()) {
        continue;
      }
      GazetteerEntry e = gazetteer.find(source, true);
      String key = Keys.organization(e != null && !e.kind().derived() ? e.referent() : source);
      int before = out.size();
      boolean inside = false;
      for (int at0 = text.indexOf(source); at0 >= 0; at0 = text.indexOf(source, at0 + 1)) {
        int i = at.tokenIndexAt(at0);
        int j = at.tokenIndexAt(at0 + source.length() - 1);
        if (i < tokens.size()
            && j < tokens.size()
            && tokens.get(i).start() == at0
            && tokens.get(j).end() == at0 + source.length()) {
          Name n = name(at, i, j + 1, Name.Origin.CITATION, e, EntityType.ORGANIZATION);
          n.key = key;
          out.add(n);
          inside |= at0 >= c.start() && at0 < c.end();
        }
      }
      if (!inside) {
        for (int i = at.tokenIndexAt(c.start());
            i < tokens.size() && tokens.get(i).end() <= c.end();
            i++) {
          if (Words.acronym(tokens.get(i).word())
              && Words.abbreviates(tokens.get(i).word(), source)) {
            Name n = name(at, i, i + 1, Name.Origin.CITATION, e, EntityType.ORGANIZATION);
            n.key = key;
            out.add(n);
          }
        }
      }
      if (out.size() > before || c.kind() != CitationKind.LINK) {
        cited.add(key, source, c.start());
      }
    }
  }

  /** "the journal Rossiya v globalnoi politike", "the daily Kommersant", "the newspaper Pravda". */
  private void titleNames(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
      boolean media = MEDIA_NOUNS.contains(t.get(i).word());
      if (!media && !COMPANY_NOUNS.contains(t.get(i).word())) {
        continue;
      }
      int j = i + 1;
      String w = t.get(j).word();
      if (!Words.capitalized(w) || Words.pronoun(w) || CALENDAR.contains(w)) {
        continue;
      }
      int end = capitalizedRun(t, j, s.endToken());
      if (notATitle(at, j, end, media)) {
        continue;
      }
      int k = end;
      if (media
          && k + 1 < s.endToken()
          && FOREIGN_FUNCTION_WORDS.contains(t.get(k).word())
          && Words.lowercaseWord(t.get(k + 1).word())) {
        k++;
        while (k < s.endToken() && foreignTitleWord(t.get(k))) {
          k++;
          end = k;
        }
      }
      out.add(name(at, j, end, Name.Origin.TITLE, null, EntityType.ORGANIZATION));
      i = end - 1;
    }
  }

  /** English tags that end a foreign title: "Politika i obshchestvo even argues". */
  private static final Set<String> TITLE_STOP_TAGS =
      Set.of(
          "RB", "RBR", "RBS", "MD", "DT", "IN", "CC", "TO", "WDT", "WP", "VBZ", "VBD", "PRP",
          "PRP$", "EX", "POS");

  /**
   * "a paper Russia published", "the party Chairman Reince", "the organization Bill Clinton
   * founded": a place, a title word or (after a company noun) a person is not a title.
   */
  private boolean notATitle(AnnotatedText at, int first, int end, boolean media) {
    List<Token> t = at.tokens();
    if (gazetteer.roles().isRoleWord(t.get(first).word())) {
      return true;
    }
    String run = at.text().substring(t.get(first).start(), t.get(end - 1).end());
    GazetteerEntry e = gazetteer.find(normalizeSpace(run), true);
    if (e != null && e.kind().type() == EntityType.LOCATION) {
      return true;
    }
    return !media
        && ("PERSON".equals(t.get(first).ner()) || gazetteer.givenName(t.get(first).word()));
  }

  private static boolean foreignTitleWord(Token t) {
    if (FOREIGN_FUNCTION_WORDS.contains(t.word())) {
      return true;
    }
    if (!Words.lowercaseWord(t.word()) && !Words.capitalized(t.word())) {
      return false;
    }
    return !TITLE_STOP_TAGS.contains(PennTags.of(t));
  }

  /** End of a run of capitalized words from i, with "of", "and", "-" inside it. */
  private static int capitalizedRun(List<Token> t, int i, int limit) {
    int end = i + 1;
    int k = i + 1;
    while (k < limit) {
      String w = t.get(k).word();
      if (Words.capitalized(w) && !Words.pronoun(w)) {
        k++;
        end = k;
      } else if (Character.isDigit(w.isEmpty() ? ' ' : w.charAt(0)) && end == k) {
        k++;
        end = k;
      } else if (CONNECTORS.contains(w)
          && k + 1 < limit
          && Words.capitalized(t.get(k + 1).word())) {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  private void gazetteerNames(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    String text = at.text();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = t.get(i).word();
      if (!gazetteer.startsSpelling(w)) {
        continue;
      }
      boolean afterArticle = i > s.firstToken() && Words.lower(t.get(i - 1).word()).equals("the");
      int bestEnd = -1;
      GazetteerEntry best = null;
      for (int j = i; j < s.endToken() && j < i + 10; j++) {
        int len = t.get(j).end() - t.get(i).start();
        if (len > gazetteer.longestSpelling() + 4) {
          break;
        }
        String spelling = normalizeSpace(text.substring(t.get(i).start(), t.get(j).end()));
        GazetteerEntry e = gazetteer.findAnyCase(spelling, afterArticle);
        if (e != null) {
          best = e;
          bestEnd = j + 1;
        }
      }
      if (best != null) {
        boolean withArticle = afterArticle && (best.needsArticle() || best.kind() == NameKind.SEAT);
        int from = withArticle ? i - 1 : i;
        out.add(name(at, from, bestEnd, Name.Origin.GAZETTEER, best, best.kind().type()));
        i = bestEnd - 1;
      }
    }
  }

  static String normalizeSpace(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c != '\n' && c != '\r' && c != '\t' && !(c == ' ' && i > 0 && s.charAt(i - 1) == ' ');
      plain &= c != '\u00A0';
    }
    return plain ? s : s.replaceAll("[\\s\\u00A0]+", " ");
  }

  private void taggedNames(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    for (int i = s.firstToken(); i < s.endToken(); ) {
      EntityType type = type(t.get(i).ner());
      if (type == null) {
        i++;
        continue;
      }
      String tag = t.get(i).ner();
      int j = i + 1;
      while (j < s.endToken()
          && tag.equals(t.get(j).ner())
          && !PennTags.isPossessiveMark(t.get(j))) {
        j++;
      }
      if (PennTags.isPossessiveMark(t.get(i))) {
        i++;
        continue;
      }
      int a = i;
      int b = j;
      while (a < b && !nameEdge(t.get(a))) {
        a++;
      }
      while (b > a && !nameEdge(t.get(b - 1))) {
        b--;
      }
      if (a < b) {
        out.add(name(at, a, b, Name.Origin.NER, null, type));
      }
      i = j;
    }
  }

  /** A token that can begin or end a name: a word with a letter or digit, never a pronoun. */
  private static boolean nameEdge(Token t) {
    String w = t.word();
    if (Words.pronoun(w) || CONNECTORS.contains(Words.lower(w))) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  static EntityType type(String ner) {
    if (ner == null) {
      return null;
    }
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }

  /** "Kommersant's coverage": a capitalized name before a possessive and a report noun. */
  private void possessiveReportNames(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    for (int i = s.firstToken() + 1; i + 1 < s.endToken(); i++) {
      if (!PennTags.isPossessiveMark(t.get(i)) || !reportNounAfter(t, i + 1, s.endToken())) {
        continue;
      }
      int a = i;
      while (a > s.firstToken()
          && Words.capitalized(t.get(a - 1).word())
          && PennTags.isProperNoun(t.get(a - 1))
          && !Words.pronoun(t.get(a - 1).word())
          && !gazetteer.roles().isRoleWord(t.get(a - 1).word())) {
        a--;
      }
      if (a < i) {
        out.add(name(at, a, i, Name.Origin.POSSESSIVE, null, EntityType.ORGANIZATION));
      }
    }
  }

  static boolean reportNounAfter(List<Token> t, int i, int limit) {
    if (i < limit && REPORT_NOUNS.contains(Words.lower(t.get(i).word()))) {
      return true;
    }
    return i + 1 < limit
        && PennTags.isAdjective(t.get(i))
        && REPORT_NOUNS.contains(Words.lower(t.get(i + 1).word()));
  }

  /**
   * "the Alliance", "the Organization", "the bloc": a generic noun re-mentioning an organization
   * (capitalized, or lowercase when the gazetteer lists that head in lowercase); and "the Russian
   * company": a demonym and a company noun re-mentioning a company.
   */
  private void descriptionNames(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
      String w = t.get(i).word();
      if (!gazetteer.organizationHeads().contains(w)
          || !Words.lower(t.get(i - 1).word()).equals("the")) {
        continue;
      }
      if (i + 1 < s.endToken()) {
        String next = t.get(i + 1).word();
        if (Words.capitalized(next) || next.equals("of") || next.equals("for")) {
          continue;
        }
        if (!Words.capitalized(w) && PennTags.isNoun(t.get(i + 1))) {
          // "the bloc countries", "the alliance members": a modifier, not a re-mention
          continue;
        }
      }
      if (i - 2 >= s.firstToken()
          && Words.capitalized(t.get(i - 2).word())
          && PennTags.isProperNoun(t.get(i - 2))) {
        continue;
      }
      out.add(name(at, i - 1, i + 1, Name.Origin.DESCRIPTION, null, EntityType.ORGANIZATION));
    }
    for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
      if (!Words.lower(t.get(i).word()).equals("the")
          || !COMPANY_DESCRIPTIONS.contains(t.get(i + 2).word())
          || (i + 3 < s.endToken() && PennTags.isNoun(t.get(i + 3)))) {
        continue;
      }
      GazetteerEntry demonym = gazetteer.find(t.get(i + 1).word(), false);
      if (demonym != null && demonym.kind() == NameKind.DEMONYM) {
        out.add(name(at, i, i + 3, Name.Origin.DESCRIPTION, null, EntityType.ORGANIZATION));
      }
    }
  }

  /** Nouns of "the Russian company", "the Turkmen concern": a company named before. */
  static final Set<String> COMPANY_DESCRIPTIONS =
      Set.of("company", "firm", "giant", "concern", "monopoly", "producer", "operator", "group");

  /** Longest first, then the strongest evidence; a token belongs to at most one name. */
  private static List<Name> settleOverlaps(List<Name> all, int tokenCount) {
    List<Name> order = new ArrayList<>(all);
    order.sort(
        Comparator.comparingInt((Name n) -> -n.length())
            .thenComparing(n -> n.origin)
            .thenComparingInt(n -> n.start));
    boolean[] used = new boolean[tokenCount];
    List<Name> kept = new ArrayList<>();
    for (Name n : order) {
      boolean free = true;
      for (int k = n.firstToken; k < n.endToken && free; k++) {
        free = !used[k];
      }
      if (!free) {
        continue;
      }
      for (int k = n.firstToken; k < n.endToken; k++) {
        used[k] = true;
      }
      kept.add(n);
    }
    return kept;
  }

  /**
   * "Collective Security Treaty Organization (CSTO)": an acronym in parentheses after a name that
   * it abbreviates names the same thing; if no name was found before it, the capitalized words it
   * abbreviates become an organization.
   */
  private void acronymNames(AnnotatedText at, List<Name> kept) {
    List<Token> t = at.tokens();
    Name[] byEnd = new Name[t.size() + 1];
    Name[] byFirst = new Name[t.size()];
    for (Name n : kept) {
      byEnd[n.endToken] = n;
      byFirst[n.firstToken] = n;
    }
    List<Name> added = new ArrayList<>();
    for (int i = 1; i + 2 < t.size(); i++) {
      if (!openParen(t.get(i).word())
          || !closeParen(t.get(i + 2).word())
          || !Words.acronym(t.get(i + 1).word())) {
        continue;
      }
      String acronym = t.get(i + 1).word();
      Name full = byEnd[i];
      if (full == null) {
        int a = i;
        while (a > 0
            && (Words.capitalized(t.get(a - 1).word())
                || (CONNECTORS.contains(t.get(a - 1).word())
                    && a - 2 >= 0
                    && Words.capitalized(t.get(a - 2).word())))) {
          a--;
        }
        if (a < i - 1 && Words.lower(t.get(a).word()).equals("the")) {
          // "The Grain Export Act (GEA)" at the start of a sentence
          a++;
        }
        if (a == i
            || !Words.abbreviates(
                acronym, at.text().substring(t.get(a).start(), t.get(i - 1).end()))) {
          continue;
        }
        full = name(at, a, i, Name.Origin.ACRONYM, null, EntityType.ORGANIZATION);
        added.add(full);
      } else if (!Words.abbreviates(acronym, full.text)) {
        continue;
      }
      Name shortName = byFirst[i + 1];
      if (shortName == null || shortName.endToken != i + 2) {
        shortName = name(at, i + 1, i + 2, Name.Origin.ACRONYM, null, full.type);
        added.add(shortName);
      }
      shortName.acronymOf = full;
    }
    kept.addAll(added);
  }

  private static boolean openParen(String w) {
    return w.equals("(") || w.equals("-LRB-") || w.equals("[");
  }

  private static boolean closeParen(String w) {
    return w.equals(")") || w.equals("-RRB-") || w.equals("]");
  }

  private static Set<String> capitalized(Set<String> words) {
    return words.stream().map(CalendarWords::capitalized).collect(Collectors.toUnmodifiableSet());
  }
}
