package org.dragoman.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a gold source is compared with a predicted speaker name: by the tokens of its proper name
 * ("Mr. Trump" → "trump"; "Joel Pollak of Breitbart California" → "joel", "pollak", "breitbart",
 * "california"), case-insensitively, in either direction.
 */
final class SourceNames {
  /** Pronouns a reader resolves to one earlier person. */
  static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "who", "whom", "whose", "i", "me", "my");

  /** Pronouns with no single person behind them: not scored. */
  static final Set<String> OTHER_PRONOUNS =
      Set.of(
          "they", "them", "their", "it", "its", "we", "us", "our", "you", "your", "which", "that",
          "this", "these", "those", "one", "some", "many", "others", "both", "all", "each");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "the", "a", "an", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "mr", "mrs", "ms",
          "dr", "sen", "rep", "gov", "of", "and", "'s", "’s");

  /** Words that open a source phrase without naming anyone, even when capitalized. */
  private static final Set<String> QUANTIFIERS =
      Set.of(
          "another", "several", "most", "many", "some", "few", "all", "both", "each", "every",
          "even", "just", "nearly", "almost", "about", "only", "other", "others", "half", "more");

  /** Determiners that open a description ("the Vermont senator", "a Democratic strategist"). */
  private static final Set<String> DESCRIPTION_OPENERS =
      Set.of("the", "a", "an", "one", "another", "this", "that");

  /**
   * Heads that stand for the person or organization named before them ("the Clinton campaign"):
   * such a source is named.
   */
  private static final Set<String> NAMED_GROUP_HEADS =
      Set.of(
          "campaign",
          "camp",
          "office",
          "team",
          "administration",
          "staff",
          "aides",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "account",
          "website",
          "family",
          "people");

  private SourceNames() {}

  /**
   * As {@link #properTokens(String)} for a source at {@code start} in {@code text}, without a first
   * word that is only capitalized because it opens the sentence: a quantifier ("Several", "Most of
   * the candidates") or a word the article also writes in lower case ("Investors", "Politicians",
   * "Liberal and conservative economists").
   */
  static List<String> properTokens(String source, int start, String text, Set<String> lowerWords) {
    List<String> tokens = properTokens(source);
    if (tokens.isEmpty() || !opensSentence(text, start)) {
      return tokens;
    }
    String first = spaced(source).strip().split("[\\s,;:()]+")[0];
    String l = first.toLowerCase(Locale.ROOT);
    if (!tokens.get(0).equals(withoutPossessive(l))) {
      return tokens;
    }
    if (QUANTIFIERS.contains(l) || lowerWords.contains(first.toLowerCase(Locale.ROOT))) {
      return tokens.subList(1, tokens.size());
    }
    return tokens;
  }

  /** Whether only opening punctuation lies between the previous sentence end and {@code at}. */
  static boolean opensSentence(String text, int at) {
    int k = at - 1;
    while (k >= 0
        && (Character.isWhitespace(text.charAt(k)) || "“\"‘'(".indexOf(text.charAt(k)) >= 0)) {
      if (text.charAt(k) == '\n') {
        return true;
      }
      k--;
    }
    return k < 0 || ".!?:;".indexOf(text.charAt(k)) >= 0;
  }

  /** The words the article writes in lower case (to tell sentence-initial capitals from names). */
  static Set<String> lowerCaseWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : text.split("[^\\p{L}’'-]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A description rather than a name: a determiner, modifiers and a common-noun head, such as "the
   * Vermont senator", "a Democratic strategist", "The GOP nominee". Its capitalized words name a
   * place, party or body, not the source; the source itself is not named.
   */
  static boolean isDescription(String source) {
    String s = spaced(source).strip();
    if (s.matches(".*[,;:()\"“”].*")) {
      return false;
    }
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    if (!DESCRIPTION_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    String head = words[words.length - 1];
    if (!head.matches("\\p{Ll}[\\p{Ll}-]*") || NAMED_GROUP_HEADS.contains(head)) {
      return false;
    }
    for (int i = 1; i < words.length - 1; i++) {
      if (words[i].matches(".*(’s|'s)") || words[i].equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** The head noun of a description (its last word). */
  static String descriptionHead(String source) {
    String[] words = spaced(source).strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  static boolean isPersonPronoun(String source) {
    return PERSON_PRONOUNS.contains(spaced(source).strip().toLowerCase(Locale.ROOT));
  }

  static boolean isOtherPronoun(String source) {
    return OTHER_PRONOUNS.contains(spaced(source).strip().toLowerCase(Locale.ROOT));
  }

  /** Lower-cased tokens of the capitalized words of a source, without titles and articles. */
  static List<String> properTokens(String source) {
    List<String> out = new ArrayList<>();
    for (String raw : spaced(source).split("[\\s,;:()\\[\\]\"“”]+")) {
      String w = withoutPossessive(raw);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      String l = w.toLowerCase(Locale.ROOT);
      if (!NOT_NAMES.contains(l) && !OTHER_PRONOUNS.contains(l) && !PERSON_PRONOUNS.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  /** A token of the gold name in the predicted name, or of the predicted name in the gold name. */
  static boolean matches(List<String> goldTokens, String predicted) {
    if (predicted == null || goldTokens.isEmpty()) {
      return false;
    }
    List<String> predictedTokens = new ArrayList<>();
    for (String w : spaced(predicted).toLowerCase(Locale.ROOT).split("[\\s,;:()\"“”]+")) {
      String t = withoutPossessive(w);
      if (!t.isEmpty() && !NOT_NAMES.contains(t)) {
        predictedTokens.add(t);
      }
    }
    for (String g : goldTokens) {
      if (predictedTokens.contains(g)) {
        return true;
      }
    }
    // the same name written another way: "AP" for "Associated Press", "Holtz-Eakin" cut short;
    // the initials may be one word of a longer source ("The FDIC, a U.S. banking regulator")
    String predictedInitials = initialsOf(predictedTokens);
    return predictedInitials.equals(String.join("", goldTokens))
        || !predictedInitials.isEmpty()
            && goldTokens.stream().anyMatch(g -> g.replace(".", "").equals(predictedInitials))
        || goldTokens.size() > 1 && predictedTokens.contains(initialsOf(goldTokens))
        || sharesHyphenPart(goldTokens, predictedTokens);
  }

  private static String initialsOf(List<String> words) {
    if (words.size() < 2) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      s.append(w.charAt(0));
    }
    return s.toString();
  }

  private static boolean sharesHyphenPart(List<String> gold, List<String> predicted) {
    for (String g : gold) {
      for (String p : predicted) {
        if (g.contains("-") != p.contains("-")) {
          String whole = g.contains("-") ? g : p;
          String part = g.contains("-") ? p : g;
          if (part.length() > 2 && List.of(whole.split("-")).contains(part)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The text with every Unicode space (a no-break space after "He") as a plain space. */
  private static String spaced(String s) {
    return s.replaceAll("\\p{Z}", " ");
  }

  /** A word without its possessive ending: "Clinton's", "Republicans'" → "Republicans". */
  private static String withoutPossessive(String w) {
    return w.replaceAll("(’s|'s|’|')$", "");
  }
}
