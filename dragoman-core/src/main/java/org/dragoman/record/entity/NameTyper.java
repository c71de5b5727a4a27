package org.dragoman.record.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.language.PennTags;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.EntityType;
import org.dragoman.model.Token;

/**
 * Corrects the types the language stage gave: gazetteer and cited names keep their known type, "X's
 * report" makes X a publisher, a name shaped like a company or institution ("Turkmengaz", "Volga
 * Airlines", "Foreign Ministry") is an organization, and one spelling keeps one type throughout the
 * document.
 */
final class NameTyper {
  private final Gazetteer gazetteer;

  NameTyper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void type(AnnotatedText at, List<Name> names) {
    List<Token> t = at.tokens();
    Map<String, Name> settled = new HashMap<>();
    java.util.Set<String> personWords = new java.util.HashSet<>();
    for (Name n : names) {
      if (n.type == EntityType.PERSON && n.origin == Name.Origin.NER && n.length() >= 2) {
        personWords.addAll(List.of(n.text.split("\\s+")));
      }
    }
    for (Name n : names) {
      if (notAName(at, n)) {
        n.dropped = true;
        continue;
      }
      switch (n.origin) {
        case CITATION, GAZETTEER -> {
          n.typeSettled = true;
          if (n.entry != null && !n.entry.kind().derived() && !n.entry.kind().metonymic()) {
            n.type = n.entry.kind().type();
            n.key =
                n.type == EntityType.ORGANIZATION
                    ? Keys.organization(n.entry.referent())
                    : Keys.location(n.entry.referent());
          }
        }
        case TITLE -> {
          n.typeSettled = true;
          n.key = Keys.organization(n.text);
        }
        case DESCRIPTION -> n.typeSettled = true;
        case NER, POSSESSIVE, ACRONYM -> {
          boolean report =
              n.endToken + 1 < t.size()
                  && PennTags.isPossessiveMark(t.get(n.endToken))
                  && NameFinder.reportNounAfter(t, n.endToken + 1, t.size());
          boolean person =
              n.type == EntityType.PERSON
                  && (n.length() >= 2
                      || personWords.contains(n.text)
                      || (n.firstToken > 0
                          && gazetteer.roles().isHead(t.get(n.firstToken - 1).word())));
          boolean shaped =
              OrganizationShape.organization(n.text)
                  && !(n.length() == 1 && personWords.contains(n.text));
          if ((report && !person) || shaped) {
            n.type = EntityType.ORGANIZATION;
            n.typeSettled = true;
          }
        }
        default -> {}
      }
      if (n.typeSettled && n.entry == null
          || (n.entry != null && !n.entry.kind().derived() && !n.entry.kind().metonymic())) {
        settled.putIfAbsent(n.text, n);
      }
    }
    for (Name n : names) {
      if (n.dropped || n.typeSettled) {
        continue;
      }
      Name s = settled.get(n.text);
      if (s != null) {
        n.type = s.type;
        n.key = s.key;
        n.typeSettled = true;
      }
    }
    for (Name n : names) {
      if (!n.dropped && !n.typeSettled && looksLikeAPerson(n)) {
        n.type = EntityType.PERSON;
      }
    }
    majorityTypes(names);
    for (Name n : names) {
      if (n.acronymOf != null && !n.dropped) {
        n.type = n.acronymOf.type;
        n.typeSettled |= n.acronymOf.typeSettled;
      }
    }
  }

  /** "Islam Karimov" tagged as an organization: a given name first, a surname-like word last. */
  private boolean looksLikeAPerson(Name n) {
    if (n.origin != Name.Origin.NER || n.type == EntityType.PERSON || n.entry != null) {
      return false;
    }
    String[] w = n.text.split("\\s+");
    if (w.length < 2 || w.length > 3 || !gazetteer.givenName(w[0])) {
      return false;
    }
    String last = w[w.length - 1];
    return Words.capitalized(last)
        && !Words.acronym(last)
        && !Words.INSTITUTION_WORDS.contains(last)
        && gazetteer.find(last, true) == null;
  }

  /** One spelling, one type: unsettled names take the type most of their spelling's names have. */
  private static void majorityTypes(List<Name> names) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, EntityType> first = new HashMap<>();
    for (Name n : names) {
      if (!n.dropped && !n.typeSettled && n.origin == Name.Origin.NER) {
        votes
            .computeIfAbsent(n.text, k -> new java.util.EnumMap<>(EntityType.class))
            .merge(n.type, 1, Integer::sum);
        first.putIfAbsent(n.text, n.type);
      }
    }
    Map<String, EntityType> winners = new HashMap<>();
    for (var v : votes.entrySet()) {
      EntityType best = first.get(v.getKey());
      for (var e : v.getValue().entrySet()) {
        if (e.getValue() > v.getValue().get(best)) {
          best = e.getKey();
        }
      }
      winners.put(v.getKey(), best);
    }
    for (Name n : names) {
      if (!n.dropped && !n.typeSettled && n.origin == Name.Origin.NER) {
        n.type = winners.get(n.text);
      }
    }
  }

  /** Pronouns, lowercase words and bare title words are never names. */
  private boolean notAName(AnnotatedText at, Name n) {
    List<Token> t = at.tokens();
    if (n.origin == Name.Origin.TITLE
        || n.origin == Name.Origin.CITATION
        || n.origin == Name.Origin.DESCRIPTION) {
      return false;
    }
    boolean anyCapital = false;
    boolean allRoles = true;
    for (int k = n.firstToken; k < n.endToken; k++) {
      String w = t.get(k).word();
      if (Words.pronoun(w) && n.length() == 1) {
        return true;
      }
      anyCapital |= Words.capitalized(w) || Character.isDigit(w.charAt(0));
      allRoles &= gazetteer.roles().isRoleWord(w);
    }
    boolean oneLetter = n.end - n.start == 1 && n.origin != Name.Origin.GAZETTEER;
    return !anyCapital || oneLetter || (allRoles && n.origin == Name.Origin.NER);
  }
}
