package org.dragoman.record.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.EntityType;
import org.dragoman.model.Token;

/**
 * Corrects the types the language stage gave: gazetteer and cited names keep their known type, "X's
 * report" makes X a publisher, and one spelling keeps one type throughout the document.
 */
final class NameTyper {
  private final Gazetteer gazetteer;

  NameTyper(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void type(AnnotatedText at, List<Name> names) {
    List<Token> t = at.tokens();
    Map<String, Name> settled = new HashMap<>();
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
                  && Words.possessive(t.get(n.endToken))
                  && NameFinder.reportNounAfter(t, n.endToken + 1, t.size());
          if (report && !(n.type == EntityType.PERSON && n.length() >= 2)) {
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
      if (n.acronymOf != null && !n.dropped) {
        n.type = n.acronymOf.type;
        n.typeSettled |= n.acronymOf.typeSettled;
      }
    }
  }

  /** Pronouns, lowercase words and bare title words are never names. */
  private boolean notAName(AnnotatedText at, Name n) {
    List<Token> t = at.tokens();
    if (n.origin == Name.Origin.TITLE || n.origin == Name.Origin.CITATION) {
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
    return !anyCapital || (allRoles && n.origin == Name.Origin.NER);
  }
}
