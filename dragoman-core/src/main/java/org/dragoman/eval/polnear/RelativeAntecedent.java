package org.dragoman.eval.polnear;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The antecedent of a relative pronoun source ("who", "whom", "whose", "which"): the noun phrase
 * right before it, not the nearest person elsewhere. "Harry Reid, who said" → "Harry Reid"; "Jared
 * Bernstein, a former White House economist, who argued" → "Jared Bernstein" (through the
 * apposition); "business supporters who share" → none (a group with no name to compare).
 */
final class RelativeAntecedent {
  static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

  /** Lower-case words inside a name: "Secretary of State", "Beto de la Cruz". */
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "la", "del", "da", "dos", "van", "von", "der", "bin", "al", "and", "&");

  /** Words that open an apposition after a name: "X, a former aide, who". */
  private static final Set<String> APPOSITION_OPENERS =
      Set.of("a", "an", "the", "his", "her", "its", "their", "one", "another");

  /** Abbreviations ending in a period inside a name: "Sen. Ted Cruz", "Martin Luther King Jr.". */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr.", "St.", "Lt.", "Gen.",
          "Col.", "Sgt.", "Ft.", "Rev.", "Prof.", "Sec.", "Atty.", "Adm.", "Capt.", "Maj.", "U.S.");

  private RelativeAntecedent() {}

  static boolean isRelative(String source) {
    return RELATIVES.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The name the relative pronoun at {@code at} in {@code text} stands for, or null when its
   * antecedent is no name (a common noun phrase) or cannot be told.
   */
  static String of(String text, int at) {
    int p = skipBlanksBack(text, at);
    if (p > 0 && text.charAt(p - 1) == ',') {
      p = skipBlanksBack(text, p - 1);
    }
    String name = nameEndingAt(text, p);
    if (name != null) {
      return name;
    }
    // an apposition between the name and the pronoun: "X, a former aide, who"
    int comma = p - 1;
    while (comma >= 0 && ",;:.!?()\n\"“”".indexOf(text.charAt(comma)) < 0) {
      comma--;
    }
    if (comma < 0 || text.charAt(comma) != ',' || !opensApposition(text, comma + 1, p)) {
      return null;
    }
    return nameEndingAt(text, skipBlanksBack(text, comma));
  }

  private static boolean opensApposition(String text, int from, int to) {
    String[] words = text.substring(from, to).strip().split("\\s+");
    return words.length >= 2 && APPOSITION_OPENERS.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /** The run of capitalized words (with inner connectors) ending at {@code end}, or null. */
  private static String nameEndingAt(String text, int end) {
    Deque<String> words = new ArrayDeque<>();
    int k = end;
    while (k > 0) {
      int wordEnd = k;
      int wordStart = k;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, wordEnd);
      boolean last = words.isEmpty();
      if (word.isEmpty() || !last && word.matches(".*[,;:)\"“”]")) {
        break; // a comma or bracket closes the phrase before this one
      }
      if (!last && word.endsWith(".") && word.length() > 2 && !ABBREVIATIONS.contains(word)) {
        break; // the previous sentence ends here ("... Trump. Cruz, who")
      }
      String bare = word.replaceAll("^[\"“(]+|[,;:)\"”]+$", "").replaceAll("(’s|'s)$", "");
      if (bare.isEmpty()) {
        break;
      }
      boolean capital = Character.isUpperCase(bare.charAt(0));
      boolean connector = !last && CONNECTORS.contains(bare.toLowerCase(Locale.ROOT));
      if (!capital && !connector) {
        break;
      }
      words.addFirst(bare);
      if (word.startsWith("\"") || word.startsWith("“") || word.startsWith("(")) {
        break;
      }
      k = skipBlanksBack(text, wordStart);
      if (k < wordStart && text.substring(k, wordStart).indexOf('\n') >= 0) {
        break; // a line break ends the sentence before
      }
    }
    while (!words.isEmpty() && CONNECTORS.contains(words.peekFirst().toLowerCase(Locale.ROOT))) {
      words.removeFirst();
    }
    return words.isEmpty() ? null : String.join(" ", words);
  }

  private static int skipBlanksBack(String text, int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }
}
