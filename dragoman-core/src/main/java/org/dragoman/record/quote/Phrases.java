package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/** Cheap noun-phrase and clause tests over part-of-speech tagged tokens (no parser). */
final class Phrases {
  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("he", "she", "they", "it", "i", "we", "you");
  private static final Set<String> SINGULAR_PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");
  private static final Set<String> CLIMB_PREPOSITIONS =
      Set.of("of", "on", "at", "for", "from", "with", "in", "about", "inside", "within");

  /** Words that open a subordinate clause: "Even as shares fell, ...", "When asked, ...". */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "when",
          "after",
          "before",
          "while",
          "although",
          "though",
          "because",
          "if",
          "as",
          "since",
          "once",
          "until",
          "unless",
          "whereas");

  private Phrases() {}

  /** A subordinating conjunction (tagged as a preposition or wh-adverb): "as", "when", "after". */
  static boolean isSubordinator(Token t) {
    return PennTags.of(t).matches("IN|WRB") && isSubordinatorWord(TokenWords.lower(t));
  }

  /** Words before "as" that make it no framing "as": "such as", "as well as", "so long as". */
  private static final Set<String> BEFORE_COMPARATIVE_AS =
      Set.of("such", "well", "as", "so", "long", "soon", "much", "far", "same", "just");

  /** Whether a word before "as" makes it no framing "as" ("such as", "as well as"). */
  static boolean makesAsComparative(Token before) {
    return BEFORE_COMPARATIVE_AS.contains(TokenWords.lower(before));
  }

  /** Whether the lower-cased word can open a subordinate clause ("when", "although", ...). */
  static boolean isSubordinatorWord(String lower) {
    return SUBORDINATORS.contains(lower);
  }

  /** A proper noun by its tag, or any token the language stage marked as part of a named entity. */
  static boolean isProperOrNamed(Token t) {
    return PennTags.isProperNoun(t) || (t.ner() != null && !"O".equals(t.ner()));
  }

  /** A personal pronoun that can be a clause's subject: "he", "they", "we". */
  static boolean isSubjectPronoun(Token t) {
    return PennTags.isPersonalPronoun(t) && SUBJECT_PRONOUNS.contains(TokenWords.lower(t));
  }

  /**
   * A pronoun that stands for one person: "he", "she", "him", "her" (also the possessive "her").
   */
  static boolean isSingularPersonPronoun(Token t) {
    return PennTags.isPronoun(t) && SINGULAR_PERSON_PRONOUNS.contains(TokenWords.lower(t));
  }

  static boolean isRelative(Token t) {
    String p = PennTags.of(t);
    return RELATIVES.contains(TokenWords.lower(t)) && (p.startsWith("W") || p.equals("IN"));
  }

  static boolean isClimbPreposition(Token t) {
    return PennTags.of(t).equals("IN") && CLIMB_PREPOSITIONS.contains(TokenWords.lower(t));
  }

  static boolean isQuoteToken(Token t) {
    String p = PennTags.of(t);
    if (p.equals("``") || p.equals("''")) {
      return true;
    }
    String w = t.word();
    if (w.length() == 2 && "‘’'".indexOf(w.charAt(0)) >= 0 && QuoteMarks.isMark(w.charAt(1))) {
      return true; // "’”": a quote within a quote and the quote close together
    }
    return (w.length() == 1 && QuoteMarks.isMark(w.charAt(0))) || w.equals("''") || w.equals("``");
  }

  /** Adverbs, auxiliaries and negation that sit between a subject and its verb. */
  static boolean isVerbPrefix(Token t) {
    String p = PennTags.of(t);
    if (PennTags.isAdverb(p) || PennTags.isModal(p) || TokenWords.lower(t).equals("long")) {
      return true; // "has long opposed", where "long" is often tagged as an adjective
    }
    String l = TokenWords.lowerLemma(t);
    return PennTags.isVerbForm(p) && (l.equals("have") || l.equals("be") || l.equals("do"));
  }

  private static boolean inNounPhrase(Token t) {
    String p = PennTags.of(t);
    return PennTags.isNoun(p)
        || PennTags.isAdjective(p)
        || p.equals("DT")
        || PennTags.isPossessivePronoun(p)
        || PennTags.isPossessive(p)
        || p.equals("CD")
        || p.equals("FW")
        || p.equals("HYPH")
        || p.equals("PDT")
        || (t.ner() != null && !"O".equals(t.ner()) && !PennTags.isVerb(t));
  }

  private static boolean isHead(Token t) {
    String p = PennTags.of(t);
    return PennTags.isNoun(p)
        || p.equals("CD")
        || p.equals("FW")
        || isSubjectPronoun(t)
        || (t.ner() != null && !"O".equals(t.ner()) && !PennTags.isVerb(t));
  }

  /**
   * The start of the noun phrase whose head is the token at {@code last}, or -1 when that token
   * cannot head one. Never goes below {@code floor}.
   */
  static int npStartBackward(List<Token> tokens, int last, int floor) {
    if (last < floor || last >= tokens.size()) {
      return -1;
    }
    Token head = tokens.get(last);
    if (PennTags.isPersonalPronoun(head)) {
      return isSubjectPronoun(head) ? last : -1;
    }
    if (!isHead(head)) {
      return -1;
    }
    int i = last;
    while (i - 1 >= floor) {
      Token t = tokens.get(i - 1);
      if (inNounPhrase(t)) {
        i--;
      } else if (i - 2 >= floor && isInnerWord(t, tokens.get(i - 2))) {
        i -= 2; // "Sanders’ aides", "registered voters", "Twenty-four"
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * A token inside a noun phrase that the tagger sees otherwise, judged with its left neighbour: a
   * plural possessive apostrophe, a participle used as an adjective, a hyphen between words.
   */
  private static boolean isInnerWord(Token t, Token left) {
    String w = t.word();
    if ((w.equals("\u2019") || w.equals("'"))
        && left.word().endsWith("s")
        && PennTags.isNoun(left)) {
      return true;
    }
    String p = PennTags.of(t);
    if ((p.equals("VBN") || p.equals("VBG"))
        && (PennTags.of(left).matches("JJ.*|DT|CD|PRP\\$|NNP.*") || left.word().equals("-"))) {
      return true;
    }
    return w.equals("-") && inNounPhrase(left);
  }

  /** The index after the noun phrase starting at {@code first}, or {@code first} when none. */
  static int npEndForward(List<Token> tokens, int first, int ceiling) {
    int i = first;
    if (i < ceiling && PennTags.isPersonalPronoun(tokens.get(i))) {
      return isSubjectPronoun(tokens.get(i)) ? i + 1 : first;
    }
    int lastHead = -1;
    while (i < ceiling && inNounPhrase(tokens.get(i))) {
      if (isHead(tokens.get(i))) {
        lastHead = i;
      }
      i++;
    }
    return lastHead < 0 ? first : lastHead + 1;
  }
}
