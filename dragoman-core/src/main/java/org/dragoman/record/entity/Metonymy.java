package org.dragoman.record.entity;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Token;

/**
 * Decides when a capital, a seat of government or a demonym stands for its state ("Moscow wants",
 * "the Kremlin", "Washington's influence", "ties with Moscow", "the Uzbek side") and when a capital
 * is simply a place ("a conference in Moscow", "a visit to Tashkent"), from the words around it.
 */
final class Metonymy {
  /** Prepositions after which a capital is where something happens. */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "around",
          "throughout",
          "across",
          "into",
          "from",
          "within",
          "through",
          "via",
          "over",
          "beyond",
          "outskirts",
          "downtown");

  /** Prepositions after which a capital is a party to relations or actions. */
  private static final Set<String> RELATIONAL =
      Set.of("with", "between", "against", "toward", "towards", "by", "vis-a-vis", "versus");

  /** Lemmas of motion and visit words: "a visit to X", "taking him to X", "flew to X". */
  private static final Set<String> MOTION =
      Set.of(
          "visit",
          "trip",
          "travel",
          "journey",
          "tour",
          "fly",
          "flight",
          "go",
          "come",
          "return",
          "arrive",
          "arrival",
          "take",
          "bring",
          "send",
          "move",
          "head",
          "drive",
          "mission",
          "road",
          "route",
          "deport",
          "extradite",
          "relocate",
          "evacuate",
          "lead",
          "invite",
          "invitation",
          "delegation",
          "march",
          "walk",
          "ride",
          "sail",
          "transfer",
          "shuttle",
          "stop",
          "stopover",
          "leave",
          "enter",
          "reach",
          "back",
          "way",
          "train",
          "bus",
          "rail",
          "railway",
          "pipeline",
          "highway",
          "connect",
          "link",
          "ship",
          "export",
          "deliver",
          "flee",
          "escape");

  /** Nouns after a capital or demonym that make it the state ("Uzbek officials", "the X side"). */
  private static final Set<String> STATE_NOUNS =
      Set.of(
          "side",
          "government",
          "governments",
          "authorities",
          "leadership",
          "officials",
          "official",
          "administration",
          "regime",
          "state",
          "delegation",
          "presidency",
          "ministry",
          "embassy",
          "parliament",
          "military",
          "army",
          "forces",
          "troops",
          "diplomats",
          "diplomacy",
          "establishment",
          "elite",
          "elites",
          "policy",
          "policies",
          "cabinet",
          "leaders",
          "leader",
          "negotiators",
          "envoy",
          "envoys",
          "stance",
          "position",
          "intelligence",
          "navy",
          "security",
          "spokesman",
          "spokeswoman",
          "agenda",
          "approach",
          "strategy");

  /** Nouns after "X's" that make X the city, not the state ("Moscow's streets"). */
  private static final Set<String> CITY_NOUNS =
      Set.of(
          "streets",
          "street",
          "mayor",
          "metro",
          "subway",
          "airport",
          "residents",
          "city",
          "center",
          "centre",
          "suburbs",
          "outskirts",
          "population",
          "districts",
          "district",
          "squares",
          "square",
          "traffic",
          "bazaar",
          "bazaars",
          "markets",
          "hotels",
          "hotel",
          "university",
          "museum",
          "museums",
          "skyline",
          "neighborhoods",
          "neighbourhoods",
          "citizens",
          "police");

  private final Gazetteer gazetteer;

  Metonymy(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void resolve(AnnotatedText at, List<Name> names) {
    List<Token> t = at.tokens();
    Name previous = null;
    for (Name n : names) {
      if (n.dropped || n.entry == null || n.origin != Name.Origin.GAZETTEER) {
        previous = n.dropped ? previous : n;
        continue;
      }
      NameKind kind = n.entry.kind();
      if (kind == NameKind.DEMONYM) {
        int next = n.endToken;
        if (next < t.size() && STATE_NOUNS.contains(Words.lower(t.get(next).word()))) {
          stateMention(n);
        } else {
          n.dropped = true;
        }
      } else if (kind.derived()) {
        n.dropped = true;
      } else if (kind.metonymic()) {
        Boolean coordinated = coordinatedWith(t, n, previous);
        boolean state = coordinated != null ? coordinated : standsForState(t, n);
        if (state) {
          stateMention(n);
        } else {
          String place = Words.lower(n.text).startsWith("the ") ? n.text.substring(4) : n.text;
          n.key = Keys.location(Words.shouting(place) ? Words.titleCase(place) : place);
          n.metonym = false;
        }
      }
      previous = n;
    }
  }

  private static void stateMention(Name n) {
    n.key = Keys.location(n.entry.referent());
    n.metonym = true;
    n.typeSettled = true;
  }

  /** "to Ashgabat and Tashkent": the second of two coordinated places reads like the first. */
  private static Boolean coordinatedWith(List<Token> t, Name n, Name previous) {
    if (previous == null || previous.entry == null || !previous.entry.kind().metonymic()) {
      return null;
    }
    int gap = n.firstToken - previous.endToken;
    if (gap != 1) {
      return null;
    }
    String between = Words.lower(t.get(previous.endToken).word());
    if (!between.equals("and") && !between.equals("or") && !between.equals(",")) {
      return null;
    }
    if (previous.firstToken > 0
        && Words.lower(t.get(previous.firstToken - 1).word()).equals("between")) {
      return true;
    }
    return previous.metonym;
  }

  private boolean standsForState(List<Token> t, Name n) {
    int before = n.firstToken - 1;
    if (before >= 0 && Words.lower(t.get(before).word()).equals("the")) {
      before--;
    }
    int after = n.endToken;
    if (after < t.size() && PennTags.isPossessiveMark(t.get(after))) {
      return !cityNounAfter(t, after + 1);
    }
    if (before >= 0) {
      Token p = t.get(before);
      String w = Words.lower(p.word());
      if (LOCATIVE.contains(w)) {
        return false;
      }
      if (w.equals("to") || w.equals("for") || w.equals("on")) {
        return !(w.equals("to") && motionBefore(t, before))
            && !(w.equals("for") && motionBefore(t, before));
      }
      if (RELATIONAL.contains(w)) {
        return true;
      }
      if (PennTags.isVerb(p)) {
        return !MOTION.contains(TokenWords.lowerLemma(p));
      }
    }
    int k = after;
    while (k < t.size() && PennTags.isAdverb(t.get(k))) {
      k++;
    }
    if (k < t.size() && PennTags.isFiniteVerb(t.get(k))) {
      return true;
    }
    if (after < t.size() && PennTags.isNoun(t.get(after))) {
      return STATE_NOUNS.contains(Words.lower(t.get(after).word()));
    }
    return n.entry.kind() == NameKind.SEAT;
  }

  /** "London's newly elected mayor": the first common noun after the possessive is the city's. */
  private static boolean cityNounAfter(List<Token> t, int from) {
    for (int k = from; k < t.size() && k < from + 5; k++) {
      Token w = t.get(k);
      String p = PennTags.of(w);
      if (p.equals("NN") || p.equals("NNS")) {
        return CITY_NOUNS.contains(Words.lower(w.word()));
      }
      if (!PennTags.isAdjective(p)
          && !PennTags.isAdverb(p)
          && !p.equals("VBN")
          && !PennTags.isProperNoun(p)
          && !p.equals("HYPH")) {
        return false;
      }
    }
    return false;
  }

  /** A motion or visit word within four tokens before the preposition, or a title ("envoy to"). */
  private boolean motionBefore(List<Token> t, int preposition) {
    if (preposition > 0 && gazetteer.roles().isHead(t.get(preposition - 1).word())) {
      return false;
    }
    for (int k = preposition - 1; k >= 0 && k >= preposition - 4; k--) {
      Token p = t.get(k);
      if (MOTION.contains(TokenWords.lowerLemma(p)) || MOTION.contains(Words.lower(p.word()))) {
        return true;
      }
      String w = p.word();
      if (w.equals(".") || w.equals(";")) {
        break;
      }
    }
    return false;
  }
}
