package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.EntityType;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Finds the named things that are neither people, organizations nor places, typed MISC: events,
 * wars, treaties and agreements, laws, programmes, and nationalities as groups. From the team's
 * list ("the Olympics", "Brexit", "World War II") and from the shape of a name: capitalized words
 * ending in a head noun ("the Paris Agreement", "Munich Security Conference"), a head noun with
 * "of" ("the Treaty of Versailles"), "Operation Desert Storm", and a place before a lowercase
 * treaty noun ("the Minsk agreements"). A country or organization inside such a name stays a
 * mention of its own; a city, or a name the tagger made of part of it, is taken in. Runs after the
 * other rules, on names already typed and resolved.
 */
final class MiscNames {
  /** Head nouns that end a named event, treaty, law or programme. */
  private static final Set<String> HEADS =
      Set.of(
          "Agreement",
          "Agreements",
          "Treaty",
          "Accord",
          "Accords",
          "Act",
          "Initiative",
          "Summit",
          "Forum",
          "War",
          "Games",
          "Olympics",
          "Cup",
          "Festival",
          "Conference",
          "Convention",
          "Protocol",
          "Pact",
          "Declaration",
          "Doctrine",
          "Revolution",
          "Crisis",
          "Amendment",
          "Prize",
          "Charter",
          "Championship",
          "Championships",
          "Affair",
          "Memorandum");

  /** Head nouns that open a named thing with "of": "the Treaty of Versailles". */
  private static final Set<String> HEADS_FIRST =
      Set.of(
          "Treaty",
          "Battle",
          "Declaration",
          "Bill",
          "Siege",
          "Convention",
          "Protocol",
          "Charter",
          "War",
          "Peace");

  /** Lowercase treaty nouns after a place: "the Minsk agreements", "the Oslo accords". */
  private static final Set<String> LOWER_HEADS =
      Set.of("agreement", "agreements", "accord", "accords", "treaty", "protocol", "pact");

  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "on", "the", "&", "-");
  private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI");

  private final Gazetteer gazetteer;

  MiscNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * Adds the MISC names to the document's names, in text order, taking in what they contain; the
   * listed ones first, then the longest.
   */
  void add(AnnotatedText at, List<Name> names) {
    List<Name> found = new ArrayList<>();
    for (Sentence s : at.sentences()) {
      listed(at, s, found);
      shaped(at, s, found);
    }
    found.sort(
        Comparator.comparing((Name n) -> n.entry == null)
            .thenComparingInt(n -> -n.length())
            .thenComparingInt(n -> n.start));
    List<Name> kept = new ArrayList<>();
    for (Name m : found) {
      if (kept.stream().anyMatch(m::overlaps) || !fits(m, names)) {
        continue;
      }
      for (Name n : names) {
        if (!n.dropped && inside(n, m) && !standsApart(n)) {
          n.dropped = true;
        }
      }
      for (Name n : names) {
        // "the Affordable Care Act (ACA)": the acronym names the same law
        if (!n.dropped && n.acronymOf != null && n.acronymOf.dropped && inside(n.acronymOf, m)) {
          n.type = EntityType.MISC;
          n.key = m.key;
          n.typeSettled = true;
        }
      }
      kept.add(m);
    }
    for (Name n : names) {
      if (n.dropped && n.entry != null && n.entry.kind() == NameKind.DEMONYM_PLURAL) {
        // "Americans", "the Uzbeks": a nationality as a group, not a mention of the state
        n.dropped = false;
        n.type = EntityType.MISC;
        n.key = Keys.of(EntityType.MISC, n.text);
        n.metonym = false;
        n.typeSettled = true;
      }
    }
    names.addAll(kept);
    names.sort(Comparator.comparingInt((Name n) -> n.start));
  }

  /** Whether a candidate may be added: no name crosses its edges or holds it whole. */
  private static boolean fits(Name m, List<Name> names) {
    for (Name n : names) {
      if (n.dropped || !n.overlaps(m)) {
        continue;
      }
      boolean same = n.firstToken == m.firstToken && n.endToken == m.endToken;
      if (!inside(n, m) || (same && standsApart(n))) {
        // a name across its edges, or a country or organization of exactly that name
        return false;
      }
    }
    return true;
  }

  private static boolean inside(Name n, Name m) {
    return n.firstToken >= m.firstToken && n.endToken <= m.endToken;
  }

  /** A country, an organization or a cited source keeps its own mention inside a named thing. */
  private static boolean standsApart(Name n) {
    if (n.origin == Name.Origin.CITATION || n.origin == Name.Origin.TITLE) {
      return true;
    }
    if (n.entry == null) {
      return false;
    }
    NameKind k = n.entry.kind();
    return k == NameKind.COUNTRY || k == NameKind.ORGANIZATION || k == NameKind.MEDIA;
  }

  /** Spellings of the team's list, longest first from each token. */
  private void listed(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    String text = at.text();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (!gazetteer.startsMiscSpelling(t.get(i).word())) {
        continue;
      }
      boolean afterArticle = i > s.firstToken() && Words.lower(t.get(i - 1).word()).equals("the");
      GazetteerEntry best = null;
      int bestEnd = -1;
      for (int j = i; j < s.endToken() && j < i + 10; j++) {
        String spelling =
            NameFinder.normalizeSpace(text.substring(t.get(i).start(), t.get(j).end()));
        GazetteerEntry e = gazetteer.findMisc(spelling, afterArticle);
        if (e != null) {
          best = e;
          bestEnd = j + 1;
        }
      }
      if (best != null && !continuesAsName(t, bestEnd, s.endToken())) {
        out.add(misc(at, i, bestEnd, best));
        i = bestEnd - 1;
      }
    }
  }

  /** "World Cup Qualifiers", "Medicare Advantage": a listed spelling inside a longer name. */
  private static boolean continuesAsName(List<Token> t, int end, int limit) {
    return end < limit
        && Words.capitalized(t.get(end).word())
        && PennTags.isProperNoun(t.get(end))
        && !HEADS.contains(t.get(end).word());
  }

  /** Names shaped like events, treaties and laws. */
  private void shaped(AnnotatedText at, Sentence s, List<Name> out) {
    List<Token> t = at.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String w = t.get(i).word();
      if (!Words.capitalized(w) || Words.pronoun(w)) {
        continue;
      }
      if (w.equals("The") && i + 1 < s.endToken() && Words.capitalized(t.get(i + 1).word())) {
        continue;
      }
      if (i == s.firstToken() && !PennTags.isProperNoun(t.get(i))) {
        // "Veterans of World War II": a capital only because the sentence starts there
        continue;
      }
      int end = run(t, i, s.endToken());
      if (w.equals("Operation") && end > i + 1) {
        out.add(misc(at, i, end, null));
        i = end - 1;
        continue;
      }
      if (HEADS_FIRST.contains(w) && end > i + 2 && Words.lower(t.get(i + 1).word()).equals("of")) {
        out.add(misc(at, i, end, null));
        i = end - 1;
        continue;
      }
      int head = end - 1;
      if (head > i && ROMAN.contains(t.get(head).word())) {
        head--;
      }
      if (head > i
          && HEADS.contains(t.get(head).word())
          && !CONNECTORS.contains(Words.lower(t.get(head - 1).word()))) {
        out.add(misc(at, i, end, null));
        i = end - 1;
        continue;
      }
      if (end < s.endToken()
          && LOWER_HEADS.contains(t.get(end).word())
          && i > s.firstToken()
          && Words.lower(t.get(i - 1).word()).equals("the")
          && end - i <= 3
          && placeBefore(at, i, end)) {
        out.add(misc(at, i, end + 1, null));
        i = end;
        continue;
      }
      i = end - 1;
    }
  }

  /** "Minsk", "Camp David": a place that is not a state, as the gazetteer or the tagger says. */
  private boolean placeBefore(AnnotatedText at, int i, int end) {
    List<Token> t = at.tokens();
    String run = at.text().substring(t.get(i).start(), t.get(end - 1).end());
    GazetteerEntry e = gazetteer.find(NameFinder.normalizeSpace(run), true);
    if (e != null) {
      return e.kind() == NameKind.CAPITAL || e.kind() == NameKind.REGION;
    }
    for (int k = i; k < end; k++) {
      if (!"LOCATION".equals(t.get(k).ner())) {
        return false;
      }
    }
    return true;
  }

  /** End of a run of capitalized words (and numbers) from i, with connectors inside it. */
  private static int run(List<Token> t, int i, int limit) {
    int end = i + 1;
    int k = i + 1;
    while (k < limit) {
      String w = t.get(k).word();
      boolean number = !w.isEmpty() && Character.isDigit(w.charAt(0));
      if ((Words.capitalized(w) && !Words.pronoun(w)) || (number && end == k)) {
        k++;
        end = k;
      } else if (CONNECTORS.contains(w)
          && k + 1 < limit
          && (Words.capitalized(t.get(k + 1).word())
              || Character.isDigit(t.get(k + 1).word().charAt(0)))) {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  private static Name misc(AnnotatedText at, int i, int j, GazetteerEntry entry) {
    Name n = NameFinder.name(at, i, j, Name.Origin.MISC, entry, EntityType.MISC);
    n.key = Keys.of(EntityType.MISC, entry != null ? entry.referent() : n.text);
    n.typeSettled = true;
    return n;
  }
}
