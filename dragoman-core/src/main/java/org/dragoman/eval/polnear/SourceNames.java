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

  private SourceNames() {}

  static boolean isPersonPronoun(String source) {
    return PERSON_PRONOUNS.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  static boolean isOtherPronoun(String source) {
    return OTHER_PRONOUNS.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  /** Lower-cased tokens of the capitalized words of a source, without titles and articles. */
  static List<String> properTokens(String source) {
    List<String> out = new ArrayList<>();
    for (String raw : source.split("[\\s,;:()\\[\\]\"“”]+")) {
      String w = raw.replaceAll("(’s|'s)$", "");
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
    for (String w : predicted.toLowerCase(Locale.ROOT).split("[\\s,;:()\"“”]+")) {
      String t = w.replaceAll("(’s|'s)$", "");
      if (!t.isEmpty() && !NOT_NAMES.contains(t)) {
        predictedTokens.add(t);
      }
    }
    for (String g : goldTokens) {
      if (predictedTokens.contains(g)) {
        return true;
      }
    }
    return false;
  }
}
