package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** The cues that do not surely open with one letter; null when there are none. */
  private final Pattern unlettered;

  /** By the folded first letter: the cues opening with it, then the unlettered cues. */
  private final Map<Integer, Pattern> byLetter = new HashMap<>();

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
    for (String cue : cues) {
      Set<Integer> letters = openingLetters(cue);
      if (letters == null) {
        others.add(cue);
      } else {
        for (int letter : letters) {
          lettered.computeIfAbsent(letter, k -> new ArrayList<>()).add(cue);
        }
      }
    }
    unlettered = others.isEmpty() ? null : compile(prefix, others, suffix);
    for (Map.Entry<Integer, List<String>> e : lettered.entrySet()) {
      List<String> all = new ArrayList<>(e.getValue());
      all.addAll(others);
      byLetter.put(e.getKey(), compile(prefix, all, suffix));
    }
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
    Pattern p = candidates(text);
    return p != null && p.matcher(text).lookingAt();
  }

  /** Whether the whole text is a cue. */
  boolean matches(CharSequence text) {
    Pattern p = candidates(text);
    return p != null && p.matcher(text).matches();
  }

  /** The alternation of the cues that may match the text, or null when none may. */
  private Pattern candidates(CharSequence text) {
    int at = leadChars == null ? 0 : leadEnd(text);
    if (at < text.length()) {
      Pattern p = byLetter.get(fold(Character.codePointAt(text, at)));
      if (p != null) {
        return p;
      }
    }
    return unlettered;
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

  /**
   * The folded letters that every match of the cue opens with one of, or null when that is not
   * plain: the cue may open with no letter (a digit, a sign, an optional first letter, a class), it
   * quotes ("\\Q...") or it cannot be read. Alternatives ("a|b", "(?:a|b)c") and optional groups
   * ("(?:a )?b") are followed.
   */
  static Set<Integer> openingLetters(String cue) {
    if (cue.isEmpty() || cue.contains("\\Q")) {
      return null;
    }
    List<String> alternatives = alternatives(cue);
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
