package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases (regular-expression alternatives) matched at the start of a text as {@code "^" +
 * leadClass + "*(?:" + cue|cue|... + ")" + suffix}, case- and Unicode-insensitively, with the same
 * answers as that one alternation but faster: a text is tried only against the cues that may open
 * with its first letter (after the run of lead characters: bullets, dashes, spaces; never letters)
 * and the few that may open with something else, where the whole alternation tries each of a few
 * hundred cues in turn on every text. Immutable and thread-safe.
 */
final class OpeningCues {
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** The characters of the lead class, or null when there is none. */
  private final BitSet leadChars;

  /** The run of lead characters alone, for a text with a surrogate (outside the BMP). */
  private final Pattern lead;

  /**
   * The cues that do not surely open with one letter, each alone with what a text must hold for it
   * to match, and the rest of them in one alternation (null when there are none).
   */
  private final List<Unlettered> filtered = new ArrayList<>();

  private final Pattern unlettered;

  /** All cues that do not surely open with one letter, in one alternation; null when none. */
  private final Pattern allUnlettered;

  /**
   * The longest text whose unlettered cues are tried one by one after a look for their required
   * text; a longer one (a paragraph) would cost more to fold than the whole alternation, which is
   * anchored at the text's start, costs to try.
   */
  private static final int FILTERED_LENGTH = 300;

  /**
   * By the folded first letter: the cues opening with it whose second letter is not plain, then the
   * unlettered cues.
   */
  private final Map<Integer, Pattern> byLetter = new HashMap<>();

  /**
   * By the folded first letter, then the folded second letter: the cues opening with those two,
   * then those of {@link #byLetter}.
   */
  private final Map<Integer, Map<Integer, Pattern>> byPair = new HashMap<>();

  /**
   * Cues matched after {@code "^" + leadClass + "*"}, a run of characters of the class {@code
   * leadClass} (none when it is empty), and followed by {@code suffix}.
   */
  OpeningCues(List<String> cues, String leadClass, String suffix) {
    String prefix = leadClass.isEmpty() ? "" : "^" + leadClass + "*";
    lead = prefix.isEmpty() ? null : Pattern.compile(prefix, FLAGS);
    leadChars = leadClass.isEmpty() ? null : members(Pattern.compile(leadClass, FLAGS));
    List<String> others = new ArrayList<>();
    Map<Integer, List<String>> lettered = new LinkedHashMap<>();
    Map<Integer, Map<Integer, List<String>>> paired = new LinkedHashMap<>();
    for (String cue : cues) {
      Set<Integer> letters = openingLetters(cue);
      Set<List<Integer>> pairs = letters == null ? null : openingPairs(cue);
      if (letters == null) {
        others.add(cue);
      } else if (pairs != null && firstLetters(pairs).equals(letters)) {
        for (List<Integer> pair : pairs) {
          paired
              .computeIfAbsent(pair.get(0), k -> new LinkedHashMap<>())
              .computeIfAbsent(pair.get(1), k -> new ArrayList<>())
              .add(cue);
        }
      } else {
        for (int letter : letters) {
          lettered.computeIfAbsent(letter, k -> new ArrayList<>()).add(cue);
        }
      }
    }
    List<String> rest = new ArrayList<>();
    for (String cue : others) {
      String required = requiredText(cue);
      boolean digit = opensWithDigit(cue);
      if (required != null || digit) {
        filtered.add(new Unlettered(compile(prefix, List.of(cue), suffix), required, digit));
      } else {
        rest.add(cue);
      }
    }
    unlettered = rest.isEmpty() ? null : compile(prefix, rest, suffix);
    allUnlettered = others.isEmpty() ? null : compile(prefix, others, suffix);
    for (Map.Entry<Integer, List<String>> e : lettered.entrySet()) {
      byLetter.put(e.getKey(), compile(prefix, e.getValue(), suffix));
    }
    for (Map.Entry<Integer, Map<Integer, List<String>>> first : paired.entrySet()) {
      Map<Integer, Pattern> bySecond = new HashMap<>();
      for (Map.Entry<Integer, List<String>> second : first.getValue().entrySet()) {
        List<String> all = new ArrayList<>(second.getValue());
        all.addAll(lettered.getOrDefault(first.getKey(), List.of()));
        bySecond.put(second.getKey(), compile(prefix, all, suffix));
      }
      byPair.put(first.getKey(), bySecond);
    }
  }

  /**
   * A cue that may open with something other than one letter, matched alone, and only on a text
   * that holds its required text (folded, or null) and, when it opens with a digit, that opens with
   * one after its lead characters.
   */
  private record Unlettered(Pattern pattern, String required, boolean digit) {}

  private static Set<Integer> firstLetters(Set<List<Integer>> pairs) {
    Set<Integer> firsts = new TreeSet<>();
    for (List<Integer> pair : pairs) {
      firsts.add(pair.get(0));
    }
    return firsts;
  }

  /**
   * The characters of the Basic Multilingual Plane (surrogates aside) the class matches; a letter
   * among them would make a cue's first letter ambiguous.
   */
  private static BitSet members(Pattern leadClass) {
    BitSet members = new BitSet(Character.MAX_VALUE + 1);
    Matcher m = leadClass.matcher("");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c) && m.reset(String.valueOf((char) c)).matches()) {
        if (Character.isLetter(c)) {
          throw new IllegalArgumentException("a lead class holds no letters: " + leadClass);
        }
        members.set(c);
      }
    }
    return members;
  }

  /** Whether the text opens with a cue. */
  boolean lookingAt(CharSequence text) {
    return test(text, false);
  }

  /** Whether the whole text is a cue. */
  boolean matches(CharSequence text) {
    return test(text, true);
  }

  /**
   * Whether a cue matches the text's start (or the whole text): one alternation matches when one of
   * its cues does, so the cues are tried in parts, each only where it may match.
   */
  private boolean test(CharSequence text, boolean whole) {
    int at = leadChars == null ? 0 : leadEnd(text);
    if (matches(lettered(text, at), text, whole)) {
      return true;
    }
    if (text.length() > FILTERED_LENGTH) {
      return matches(allUnlettered, text, whole);
    }
    if (matches(unlettered, text, whole)) {
      return true;
    }
    String folded = null;
    for (Unlettered cue : filtered) {
      if (cue.digit()
          && (at >= text.length() || !Character.isDigit(Character.codePointAt(text, at)))) {
        continue;
      }
      if (cue.required() != null) {
        if (folded == null) {
          folded = folded(text);
        }
        if (!folded.contains(cue.required())) {
          continue;
        }
      }
      if (matches(cue.pattern(), text, whole)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Pattern p, CharSequence text, boolean whole) {
    if (p == null) {
      return false;
    }
    Matcher m = p.matcher(text);
    return whole ? m.matches() : m.lookingAt();
  }

  /** The alternation of the cues that open with the letter at {@code at}, or null. */
  private Pattern lettered(CharSequence text, int at) {
    if (at < text.length()) {
      int first = Character.codePointAt(text, at);
      int next = at + Character.charCount(first);
      Integer letter = fold(first);
      if (next < text.length()) {
        Map<Integer, Pattern> bySecond = byPair.get(letter);
        Pattern p = bySecond == null ? null : bySecond.get(fold(Character.codePointAt(text, next)));
        if (p != null) {
          return p;
        }
      }
      return byLetter.get(letter);
    }
    return null;
  }

  /**
   * Whether every match of the cue opens with a digit: it opens with {@code \\d}, neither optional
   * nor repeated from zero, and has no alternatives.
   */
  static boolean opensWithDigit(String cue) {
    if (!cue.startsWith("\\d") || !List.of(cue).equals(alternatives(cue))) {
      return false;
    }
    return !(cue.startsWith("\\d?", 0)
        || cue.startsWith("\\d*", 0)
        || cue.startsWith("\\d{0", 0)
        || cue.startsWith("\\d{,", 0));
  }

  /** The text with each of its characters folded. */
  static String folded(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = foldChar(text.charAt(i));
    }
    return new String(out);
  }

  /** {@link #fold} of one character (of the Basic Multilingual Plane, or half a surrogate pair). */
  private static char foldChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.isSurrogate(c) ? c : (char) fold(c);
  }

  /**
   * The longest run of plain characters, folded, that every match of the cue holds: characters
   * outside all groups, classes and escapes, neither optional nor repeated; null when there is
   * none, the cue has alternatives, or it cannot be read.
   */
  static String requiredText(String cue) {
    List<String> alternatives = alternatives(cue);
    if (alternatives == null || alternatives.size() != 1 || cue.contains("\\Q")) {
      return null;
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < cue.length()) {
      char c = cue.charAt(i);
      int atomEnd;
      if (c == '(') {
        int close = groupEnd(cue.substring(i));
        if (close < 0) {
          return null;
        }
        atomEnd = i + close + 1;
      } else if (c == '[') {
        int close = classEnd(cue, i);
        if (close < 0) {
          return null;
        }
        atomEnd = close + 1;
      } else if (c == '\\') {
        if (i + 1 >= cue.length()) {
          return null;
        }
        atomEnd = i + 2;
        if ("pPN".indexOf(cue.charAt(i + 1)) >= 0
            && atomEnd < cue.length()
            && cue.charAt(atomEnd) == '{') {
          int close = cue.indexOf('}', atomEnd);
          if (close < 0) {
            return null;
          }
          atomEnd = close + 1;
        }
      } else if ("^$.|)?*+{}]".indexOf(c) >= 0
          || Character.isSurrogate(c)
          || fold(fold(c)) != fold(c)) {
        atomEnd = i + 1;
      } else {
        int after = i + 1;
        if (after < cue.length() && "?*+{".indexOf(cue.charAt(after)) >= 0) {
          best = longer(best, run);
          i = quantifierEnd(cue, after);
        } else {
          run.append((char) fold(c));
          i = after;
        }
        continue;
      }
      best = longer(best, run);
      i = quantifierEnd(cue, atomEnd);
    }
    best = longer(best, run);
    return best.isEmpty() ? null : best;
  }

  /** The longer of best and the run, which is emptied. */
  private static String longer(String best, StringBuilder run) {
    String r = run.toString();
    run.setLength(0);
    return r.length() > best.length() ? r : best;
  }

  /** Where the quantifier at {@code at} ends ({@code at} itself when there is none). */
  private static int quantifierEnd(String cue, int at) {
    if (at >= cue.length()) {
      return at;
    }
    int i = at;
    char c = cue.charAt(i);
    if (c == '?' || c == '*' || c == '+') {
      i++;
    } else if (c == '{') {
      int close = cue.indexOf('}', i);
      i = close < 0 ? cue.length() : close + 1;
    } else {
      return at;
    }
    if (i < cue.length() && (cue.charAt(i) == '?' || cue.charAt(i) == '+')) {
      i++;
    }
    return i;
  }

  /** Where the run of lead characters at the text's start ends. */
  private int leadEnd(CharSequence text) {
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isSurrogate(c)) {
        Matcher m = lead.matcher(text);
        m.lookingAt();
        return m.end();
      }
      if (!leadChars.get(c)) {
        return at;
      }
      at++;
    }
    return at;
  }

  private static Pattern compile(String prefix, List<String> cues, String suffix) {
    return Pattern.compile(prefix + "(?:" + String.join("|", cues) + ")" + suffix, FLAGS);
  }

  /**
   * How a case-insensitive, Unicode-aware pattern compares a letter: two characters match when
   * their folds are equal.
   */
  private static int fold(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  /** The cue's alternatives, or null when it is empty, quotes ("\\Q...") or cannot be read. */
  private static List<String> readableAlternatives(String cue) {
    return cue.isEmpty() || cue.contains("\\Q") ? null : alternatives(cue);
  }

  /**
   * The folded letters that every match of the cue opens with one of, or null when that is not
   * plain: the cue may open with no letter (a digit, a sign, an optional first letter, a class), it
   * quotes ("\\Q...") or it cannot be read. Alternatives ("a|b", "(?:a|b)c") and optional groups
   * ("(?:a )?b") are followed.
   */
  static Set<Integer> openingLetters(String cue) {
    List<String> alternatives = readableAlternatives(cue);
    if (alternatives == null) {
      return null;
    }
    if (alternatives.size() > 1) {
      return union(alternatives);
    }
    if (cue.startsWith("(?:")) {
      int close = groupEnd(cue);
      if (close < 0) {
        return null;
      }
      Set<Integer> inner = openingLetters(cue.substring(3, close));
      String rest = cue.substring(close + 1);
      if (inner == null || rest.isEmpty() || rest.charAt(0) != '?') {
        return inner == null || !rest.isEmpty() && "*+{".indexOf(rest.charAt(0)) >= 0
            ? null
            : inner;
      }
      rest = rest.substring(1);
      if (!rest.isEmpty() && (rest.charAt(0) == '?' || rest.charAt(0) == '+')) {
        rest = rest.substring(1);
      }
      return union(List.of(cue.substring(3, close), rest));
    }
    int first = cue.codePointAt(0);
    int next = Character.charCount(first);
    if (!Character.isLetter(first) || fold(fold(first)) != fold(first)) {
      return null;
    }
    if (next < cue.length() && "?*+{".indexOf(cue.charAt(next)) >= 0) {
      return null;
    }
    return Set.of(fold(first));
  }

  /**
   * The folded first two letters that every match of the cue opens with one pair of, or null when
   * that is not plain: as for {@link #openingLetters}, and the second letter may be optional or
   * repeated, or the cue opens with a group.
   */
  static Set<List<Integer>> openingPairs(String cue) {
    List<String> alternatives = readableAlternatives(cue);
    if (alternatives == null) {
      return null;
    }
    if (alternatives.size() > 1) {
      Set<List<Integer>> all = new LinkedHashSet<>();
      for (String alternative : alternatives) {
        Set<List<Integer>> pairs = openingPairs(alternative);
        if (pairs == null) {
          return null;
        }
        all.addAll(pairs);
      }
      return all;
    }
    int first = cue.codePointAt(0);
    int next = Character.charCount(first);
    if (!plainLetter(first) || next >= cue.length()) {
      return null;
    }
    int second = cue.codePointAt(next);
    int after = next + Character.charCount(second);
    if (!plainLetter(second) || after < cue.length() && "?*+{".indexOf(cue.charAt(after)) >= 0) {
      return null;
    }
    return Set.of(List.of(fold(first), fold(second)));
  }

  /** A letter that a case-insensitive pattern compares by its stable fold. */
  private static boolean plainLetter(int c) {
    return Character.isLetter(c) && fold(fold(c)) == fold(c);
  }

  private static Set<Integer> union(List<String> cues) {
    Set<Integer> all = new TreeSet<>();
    for (String cue : cues) {
      Set<Integer> letters = openingLetters(cue);
      if (letters == null) {
        return null;
      }
      all.addAll(letters);
    }
    return all;
  }

  /**
   * The index of the ")" that closes the group opening the cue, or -1 when none does or a character
   * class of the cue cannot be read.
   */
  private static int groupEnd(String cue) {
    List<Mark> marks = marks(cue);
    if (marks != null) {
      for (Mark m : marks) {
        if (m.c() == ')' && m.depth() == 0) {
          return m.index();
        }
      }
    }
    return -1;
  }

  /**
   * The cue split at each "|" outside all groups and character classes, or null when its groups or
   * classes cannot be read.
   */
  private static List<String> alternatives(String cue) {
    List<Mark> marks = marks(cue);
    if (marks == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (Mark m : marks) {
      if (m.depth() < 0) {
        return null;
      }
      if (m.c() == '|' && m.depth() == 0) {
        parts.add(cue.substring(from, m.index()));
        from = m.index() + 1;
      }
    }
    if (!marks.isEmpty() && marks.get(marks.size() - 1).depth() != 0) {
      return null;
    }
    parts.add(cue.substring(from));
    return parts;
  }

  /**
   * A "(", ")" or "|" of a cue that is neither escaped nor inside a character class.
   *
   * @param index where it stands in the cue
   * @param c the character
   * @param depth how many groups are open after it
   */
  private record Mark(int index, char c, int depth) {}

  /**
   * The cue's group marks in order, escapes and character classes stepped over whole, or null when
   * a character class cannot be read.
   */
  private static List<Mark> marks(String cue) {
    List<Mark> marks = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < cue.length(); i++) {
      char c = cue.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(cue, i);
        if (i < 0) {
          return null;
        }
      } else if (c == '(' || c == ')' || c == '|') {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        marks.add(new Mark(i, c, depth));
      }
    }
    return marks;
  }

  /**
   * The index of the "]" that closes the character class opening at {@code open} (nested classes
   * included), or -1 when it cannot be read (a class opening with "]" counts as unreadable).
   */
  private static int classEnd(String cue, int open) {
    int depth = 0;
    for (int i = open; i < cue.length(); i++) {
      char c = cue.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        if (i + 1 < cue.length() && cue.charAt(i + 1) == ']'
            || i + 2 < cue.length() && cue.charAt(i + 1) == '^' && cue.charAt(i + 2) == ']') {
          return -1;
        }
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
