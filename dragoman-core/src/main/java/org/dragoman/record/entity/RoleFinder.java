package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.EntityType;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Finds the titles attached to names: pre-modifiers ("Russian Foreign Minister Sergei Lavrov",
 * "Presidents Vladimir Putin and Islam Karimov", "U.S. Ambassador to Moscow William Burns"),
 * appositions before and after ("his Uzbek counterpart, Elyor Ganiyev"; "X, the Interior
 * Minister,") and titles written without a name ("Russia's Foreign Minister followed up ..."). A
 * name that receives a title is a person.
 */
final class RoleFinder {
  /** A title written without a name next to it, waiting for the person it belongs to. */
  record Unattached(String role, int offset) {}

  /**
   * What the first pass found: titles per name, titles without a name waiting for the next person,
   * and definite descriptions ("the Vermont senator") of a person named before.
   */
  record Found(
      Map<Name, List<String>> roles, List<Unattached> unattached, List<Unattached> described) {}

  private static final Set<String> APPOSITION_END =
      Set.of(
          ",", ".", ";", ":", ")", "of", "for", "said", "says", "told", "and", "—", "–", "in", "at",
          "with", "from", "based", "who", "on", "to");

  /** Lowercase words that stay with a capitalized title: "former Foreign Minister". */
  private static final Set<String> TEMPORAL =
      Set.of("former", "acting", "outgoing", "incoming", "interim", "then", "late", "future");

  private final RoleLexicon lexicon;
  private final Gazetteer gazetteer;

  RoleFinder(Gazetteer gazetteer) {
    this.lexicon = gazetteer.roles();
    this.gazetteer = gazetteer;
  }

  Found find(AnnotatedText at, List<Name> names) {
    List<Token> t = at.tokens();
    Name[] byFirst = new Name[t.size() + 1];
    Name[] byEnd = new Name[t.size() + 1];
    for (Name n : names) {
      if (!n.dropped) {
        byFirst[n.firstToken] = n;
        byEnd[n.endToken] = n;
      }
    }
    Map<Name, List<String>> roles = new IdentityHashMap<>();
    boolean[] attached = new boolean[t.size()];
    for (Name n : names) {
      if (n.dropped || !mayBePerson(n)) {
        continue;
      }
      Sentence s = at.sentences().get(Math.max(0, at.sentenceIndexAt(n.start)));
      int[] pre = preModifier(t, n.firstToken, s.firstToken(), byEnd);
      if (pre != null) {
        String role = roleText(at, pre[0], pre[1], pre[2]);
        if (!give(roles, n, role)) {
          continue;
        }
        mark(attached, pre[0], pre[1]);
        if (lexicon.isPluralHead(t.get(pre[2]).word())) {
          Name m = n;
          while (m.endToken + 1 < s.endToken()
              && (t.get(m.endToken).word().equals("and") || t.get(m.endToken).word().equals(","))
              && byFirst[m.endToken + 1] != null
              && mayBePerson(byFirst[m.endToken + 1])) {
            m = byFirst[m.endToken + 1];
            give(roles, m, role);
          }
        }
        continue;
      }
      int[] before = appositionBefore(t, n.firstToken, s.firstToken());
      if (before != null && give(roles, n, roleText(at, before[0], before[1], before[1] - 1))) {
        mark(attached, before[0], before[1]);
        continue;
      }
      int[] after = appositionAfter(t, n.endToken, s.endToken(), byFirst);
      if (after != null && give(roles, n, roleText(at, after[0], after[1], after[1] - 1))) {
        mark(attached, after[0], after[1]);
      }
    }
    return new Found(
        roles, unattached(at, attached, byFirst, byEnd), described(t, attached, byFirst));
  }

  private static boolean mayBePerson(Name n) {
    return n.type == EntityType.PERSON || (!n.typeSettled && n.entry == null);
  }

  /**
   * Gives a title to a name. A name the language stage did not call a person becomes one only with
   * a capitalized title and at least two words that do not end like an institution ("Presidents ...
   * Islam Karimov", never "senators ... Congress").
   */
  private static boolean give(Map<Name, List<String>> roles, Name n, String role) {
    if (n.type != EntityType.PERSON) {
      boolean capitalized = Words.capitalized(role);
      String[] words = n.text.split("\\s+");
      if (!capitalized
          || words.length < 2
          || Words.INSTITUTION_WORDS.contains(words[words.length - 1])
          || Words.INSTITUTION_WORDS.contains(words[0])) {
        return false;
      }
      n.type = EntityType.PERSON;
      n.key = null;
    }
    roles.computeIfAbsent(n, k -> new ArrayList<>()).add(role);
    n.typeSettled = true;
    return true;
  }

  private static void mark(boolean[] attached, int from, int to) {
    for (int k = from; k < to; k++) {
      attached[k] = true;
    }
  }

  /**
   * The title right before a name: {first, end, head} token indexes, where [first, end) may include
   * "to X" after the head ("Ambassador to Moscow"); null when there is none.
   */
  private int[] preModifier(List<Token> t, int first, int sentenceStart, Name[] byEnd) {
    int end = first;
    int k = first - 1;
    Name place = k >= 0 ? byEnd[k + 1] : null;
    if (place != null
        && place.firstToken - 2 >= sentenceStart
        && t.get(place.firstToken - 1).word().equals("to")
        && lexicon.isHead(t.get(place.firstToken - 2).word())) {
      k = place.firstToken - 2;
    } else if (k >= sentenceStart && !lexicon.isHead(t.get(k).word())) {
      k = headBeforeOfPhrase(t, k, sentenceStart, k);
    }
    if (k < sentenceStart || !lexicon.isHead(t.get(k).word()) || !titleCase(t, k, first)) {
      return null;
    }
    int head = k;
    int start = k;
    k--;
    while (k >= sentenceStart) {
      String w = t.get(k).word();
      boolean caseBreak =
          Words.capitalized(t.get(start).word()) && !Words.capitalized(w) && !TEMPORAL.contains(w);
      if (lexicon.isRoleWord(w) && titleCase(t, k, first) && !caseBreak) {
        start = k;
        k--;
      } else if (w.equals("-")
          && k - 1 >= sentenceStart
          && lexicon.isRoleWord(t.get(k - 1).word())) {
        k--;
      } else {
        break;
      }
    }
    return new int[] {start, end, head};
  }

  /**
   * "Secretary of State", "Minister for Foreign Affairs", "Chief of Staff": from the last word of a
   * capitalized "of" phrase, the title head before it; otherwise {@code fallback}.
   */
  private int headBeforeOfPhrase(List<Token> t, int last, int sentenceStart, int fallback) {
    for (int j = last; j >= sentenceStart && j > last - 6; j--) {
      String w = t.get(j).word();
      if ((w.equals("of") || w.equals("for")) && j < last) {
        boolean head = j - 1 >= sentenceStart && lexicon.isHead(t.get(j - 1).word());
        return head && Words.capitalized(t.get(j - 1).word()) ? j - 1 : fallback;
      }
      if (!Words.capitalized(w) && !w.equals("the") && !w.equals("and")) {
        return fallback;
      }
    }
    return fallback;
  }

  /**
   * A title word before a name is written like a title: capitalized, or a lowercase head such as
   * "analyst" or "spokesman" that is not the end of a noun phrase of its own.
   */
  private boolean titleCase(List<Token> t, int k, int nameStart) {
    String w = t.get(k).word();
    return Words.capitalized(w) || (Words.lowercaseWord(w) && PennTags.isNoun(t.get(k)));
  }

  /** "his Uzbek counterpart, Elyor Ganiyev": {first, end} of the title before ", NAME". */
  private int[] appositionBefore(List<Token> t, int first, int sentenceStart) {
    int comma = first - 1;
    int head = first - 2;
    if (head < sentenceStart
        || !t.get(comma).word().equals(",")
        || !lexicon.isHead(t.get(head).word())) {
      return null;
    }
    int start = head;
    while (start - 1 >= sentenceStart && lexicon.isRoleWord(t.get(start - 1).word())) {
      start--;
    }
    return new int[] {start, head + 1};
  }

  /** "X, the Interior Minister, said": {first, end} of the title after "NAME, ". */
  private int[] appositionAfter(List<Token> t, int end, int sentenceEnd, Name[] byFirst) {
    if (end >= sentenceEnd || !t.get(end).word().equals(",")) {
      return null;
    }
    int k = end + 1;
    int relative = relativeCopula(t, k, sentenceEnd);
    boolean introduced = relative > k;
    k = relative;
    if (k < sentenceEnd && PennTags.of(t.get(k)).matches("DT|PRP\\$")) {
      k++;
      introduced = true;
    }
    for (int skip = 0; skip < 4 && k < sentenceEnd; skip++) {
      Name n = byFirst[k];
      if (n != null && n.entry != null) {
        k = n.endToken;
        introduced = true;
      } else if (PennTags.isPossessiveMark(t.get(k))) {
        k++;
      } else if (introduced && n != null && possessiveAt(t, n.endToken, sentenceEnd)) {
        k = n.endToken + 1; // "who was Obama's chief of staff"
      } else if (introduced && titledPossessor(t, k, sentenceEnd, byFirst) > k) {
        k = titledPossessor(t, k, sentenceEnd, byFirst); // "who was Gov. Ama Boateng's aide"
      } else {
        break;
      }
    }
    int first = k;
    if (first < sentenceEnd && !introduced && !Words.capitalized(t.get(first).word())) {
      return null;
    }
    int head = -1;
    while (k < sentenceEnd && k < first + 5 && describing(t.get(k))) {
      if (lexicon.isHead(t.get(k).word())) {
        head = k;
      }
      k++;
    }
    if (head < 0 || head != k - 1 || lexicon.isPluralHead(t.get(head).word())) {
      return null;
    }
    if (k + 1 < sentenceEnd
        && t.get(k).word().equals("of")
        && PennTags.of(t.get(k + 1)).equals("NN")
        && Words.lowercaseWord(t.get(k + 1).word())
        && (k + 2 == sentenceEnd || APPOSITION_END.contains(t.get(k + 2).word()))) {
      k += 2; // "chief of staff", "director of communications"
    }
    if (k < sentenceEnd && !APPOSITION_END.contains(t.get(k).word())) {
      return null;
    }
    int start = head;
    while (start > first && lexicon.isRoleWord(t.get(start - 1).word())) {
      start--;
    }
    return new int[] {start, k};
  }

  /**
   * Verbs after "who" that make the rest of a relative clause a title: "who was", "who served as".
   */
  private static final List<List<String>> RELATIVE_COPULAS =
      List.of(
          List.of("has", "been"),
          List.of("had", "been"),
          List.of("served", "as"),
          List.of("serves", "as"),
          List.of("is"),
          List.of("was"),
          List.of("became"));

  /**
   * "X, who was Obama's chief of staff": the token after "who" and its copula when {@code k} opens
   * such a relative clause, else {@code k}.
   */
  private static int relativeCopula(List<Token> t, int k, int sentenceEnd) {
    if (k + 2 >= sentenceEnd || !t.get(k).word().equals("who")) {
      return k;
    }
    for (List<String> copula : RELATIVE_COPULAS) {
      int j = k + 1;
      for (String w : copula) {
        if (j >= sentenceEnd || !t.get(j).word().equals(w)) {
          j = -1;
          break;
        }
        j++;
      }
      if (j > 0) {
        int after = j < sentenceEnd && t.get(j).word().matches("once|then|now|later") ? j + 1 : j;
        return after;
      }
    }
    return k;
  }

  /**
   * After capitalized title words at {@code k} and a name in the possessive ("Governor Ama
   * Boateng's"), the token after the possessive; else {@code k}.
   */
  private int titledPossessor(List<Token> t, int k, int sentenceEnd, Name[] byFirst) {
    int j = k;
    while (j < sentenceEnd
        && lexicon.isRoleWord(t.get(j).word())
        && Words.capitalized(t.get(j).word())) {
      j++;
    }
    if (j == k || j >= sentenceEnd || byFirst[j] == null) {
      return k;
    }
    Name n = byFirst[j];
    return possessiveAt(t, n.endToken, sentenceEnd) ? n.endToken + 1 : k;
  }

  private static boolean possessiveAt(List<Token> t, int k, int sentenceEnd) {
    return k < sentenceEnd && PennTags.isPossessiveMark(t.get(k));
  }

  /** A word of a describing noun phrase: "a former Soviet security analyst". */
  private boolean describing(Token t) {
    String p = PennTags.of(t);
    return lexicon.isRoleWord(t.word())
        || PennTags.isAdjective(p)
        || p.equals("NN")
        || PennTags.isProperNoun(p)
        || p.equals("VBN")
        || p.equals("HYPH");
  }

  /**
   * Capitalized titles with no name next to them, held for a state: "Russia's Foreign Minister
   * followed up", "the Uzbek Interior Minister said" (never a bare "the President").
   */
  private List<Unattached> unattached(
      AnnotatedText at, boolean[] attached, Name[] byFirst, Name[] byEnd) {
    List<Token> t = at.tokens();
    List<Unattached> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (attached[i]
          || !lexicon.isRoleWord(t.get(i).word())
          || !Words.capitalized(t.get(i).word())) {
        continue;
      }
      int j = i;
      while (j < t.size()
          && !attached[j]
          && lexicon.isRoleWord(t.get(j).word())
          && Words.capitalized(t.get(j).word())) {
        j++;
      }
      int last = j - 1;
      boolean introduced = i > 0 && (ofState(t, i - 1, byEnd) || demonym(t.get(i - 1).word()));
      boolean named = j < t.size() && (byFirst[j] != null || Words.capitalized(t.get(j).word()));
      if (lexicon.isHead(t.get(last).word())
          && introduced
          && !named
          && !lexicon.isPluralHead(t.get(last).word())) {
        out.add(new Unattached(roleText(at, i, j, last), t.get(i).start()));
      }
      i = j;
    }
    return out;
  }

  /**
   * Definite descriptions with a proper modifier and a lower-case title, written without a name:
   * "the Vermont senator", "the independent Vermont senator", "the former Florida governor". The
   * title is the words after "the".
   */
  private List<Unattached> described(List<Token> t, boolean[] attached, Name[] byFirst) {
    List<Unattached> out = new ArrayList<>();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).word().equalsIgnoreCase("the")
          || attached[i + 1]
          || i > 0 && PennTags.of(t.get(i - 1)).matches("IN|TO|VB.*|POS")) {
        continue; // "for the eventual Republican nominee" names no one said before
      }
      int k = i + 1;
      boolean proper = false;
      while (k < t.size() && k < i + 5) {
        String w = t.get(k).word();
        if (Words.capitalized(w) && !lexicon.isRoleWord(w) && PennTags.isProperNoun(t.get(k))
            || Words.capitalized(w) && PennTags.isAdjective(t.get(k))) {
          proper = true;
        } else if (!(TEMPORAL.contains(w) || PennTags.isAdjective(t.get(k)))) {
          break;
        }
        k++;
      }
      if (!proper || k >= t.size() || byFirst[k] != null) {
        continue;
      }
      String head = t.get(k).word();
      boolean title =
          Words.lowercaseWord(head)
              && lexicon.isHead(head)
              && !lexicon.isPluralHead(head)
              && (k + 1 >= t.size() || !PennTags.isNoun(t.get(k + 1)));
      if (title) {
        StringBuilder role = new StringBuilder();
        for (int j = i + 1; j <= k; j++) {
          role.append(j > i + 1 ? " " : "").append(t.get(j).word());
        }
        out.add(new Unattached(role.toString(), t.get(i).start()));
      }
    }
    return out;
  }

  /** "Russia's" or "Moscow's": a possessive after a state's name or capital. */
  private static boolean ofState(List<Token> t, int possessive, Name[] byEnd) {
    if (!PennTags.isPossessiveMark(t.get(possessive))) {
      return false;
    }
    Name n = byEnd[possessive];
    return n != null && n.entry != null && n.type == EntityType.LOCATION && !n.dropped;
  }

  private boolean demonym(String word) {
    GazetteerEntry e = gazetteer.find(word, false);
    return e != null && e.kind() == NameKind.DEMONYM;
  }

  /** The title as written, with a plural head made singular ("Presidents" → "President"). */
  private String roleText(AnnotatedText at, int first, int end, int head) {
    List<Token> t = at.tokens();
    StringBuilder s = new StringBuilder();
    for (int k = first; k < end; k++) {
      if (k > first && t.get(k).start() > t.get(k - 1).end()) {
        s.append(' ');
      }
      String w = lexicon.expanded(t.get(k).word());
      if (k == head && lexicon.isPluralHead(w)) {
        String singular = lexicon.head(w);
        w =
            Words.capitalized(w)
                ? Character.toUpperCase(singular.charAt(0)) + singular.substring(1)
                : singular;
      }
      s.append(w);
    }
    return s.toString();
  }
}
