package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases (regular-expression alternatives) matched at the start of a text as {@code prefix +
 * "(?:" + cue|cue|... + ")" + suffix}, case- and Unicode-insensitively, with the same answers as
 * that one alternation but faster: a text is tried only against the cues that open with its first
 * letter (after what the prefix skips) and the few that open with something else, where the whole
 * alternation tries each of a few hundred cues in turn on every text. The prefix must match only
 * characters that are no letters (leading bullets, dashes and spaces). Immutable and thread-safe.
 */
final class OpeningCues {
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** The prefix alone, or null when it is empty. */
  private final Pattern lead;

  /** The cues that do not surely open with one letter; null when there are none. */
  private final Pattern unlettered;

  /** By the folded first letter: the cues opening with it, then the unlettered cues. */
  private final Map<Integer, Pattern> byLetter = new HashMap<>();

  OpeningCues(List<String> cues, String prefix, String suffix) {
    lead = prefix.isEmpty() ? null : Pattern.compile(prefix, FLAGS);
    List<String> others = new ArrayList<>();
    Map<Integer, List<String>> lettered = new LinkedHashMap<>();
    for (String cue : cues) {
      int letter = openingLetter(cue);
      if (letter < 0) {
        others.add(cue);
      } else {
        lettered.computeIfAbsent(letter, k -> new ArrayList<>()).add(cue);
      }
    }
    unlettered = others.isEmpty() ? null : compile(prefix, others, suffix);
    for (Map.Entry<Integer, List<String>> e : lettered.entrySet()) {
      List<String> all = new ArrayList<>(e.getValue());
      all.addAll(others);
      byLetter.put(e.getKey(), compile(prefix, all, suffix));
    }
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
    int at = 0;
    if (lead != null) {
      Matcher m = lead.matcher(text);
      if (!m.lookingAt()) {
        return null;
      }
      at = m.end();
    }
    if (at < text.length()) {
      Pattern p = byLetter.get(fold(Character.codePointAt(text, at)));
      if (p != null) {
        return p;
      }
    }
    return unlettered;
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
   * The folded letter every match of the cue opens with, or -1 when that is not plain: the cue
   * opens with no letter, its first letter is optional or repeated, an alternative of the whole cue
   * ("a|b") may open otherwise, or it quotes ("\\Q...").
   */
  static int openingLetter(String cue) {
    if (cue.isEmpty() || cue.contains("\\Q")) {
      return -1;
    }
    int first = cue.codePointAt(0);
    int next = Character.charCount(first);
    if (!Character.isLetter(first) || fold(fold(first)) != fold(first)) {
      return -1;
    }
    if (next < cue.length() && "?*+{|".indexOf(cue.charAt(next)) >= 0) {
      return -1;
    }
    return topLevelAlternative(cue) ? -1 : fold(first);
  }

  /**
   * Whether the cue holds a "|" outside all groups and character classes (read conservatively: a
   * class or group it cannot read counts as such a "|").
   */
  private static boolean topLevelAlternative(String cue) {
    int depth = 0;
    int classDepth = 0;
    for (int i = 0; i < cue.length(); i++) {
      char c = cue.charAt(i);
      if (c == '\\') {
        i++;
      } else if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
      } else if (c == '[') {
        classDepth = 1;
        if (i + 1 < cue.length() && cue.charAt(i + 1) == ']') {
          return true;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          return true;
        }
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return depth != 0 || classDepth != 0;
  }
}
