package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast test for whether a lower-cased name contains one of a list of words. Each word may carry
 * marks: a leading {@code <} wants no letter before it, a trailing {@code >} no letter after it, a
 * trailing {@code \}} neither a letter nor a hyphen after it, and a leading {@code =} wants the
 * whole name to be the word. (Java's regular expressions try every alternative at every position,
 * which made long alternations the slowest part of reading a page.)
 */
final class Keywords {
  private final String[] words;
  private final byte[] marks;
  private static final byte BEFORE = 1;
  private static final byte AFTER = 2;
  private static final byte AFTER_NO_HYPHEN = 4;
  private static final byte EXACT = 8;

  Keywords(String spec) {
    List<String> w = new ArrayList<>();
    List<Byte> m = new ArrayList<>();
    for (String raw : spec.trim().split("\\s+")) {
      byte mark = 0;
      String word = raw;
      if (word.startsWith("=")) {
        mark |= EXACT;
        word = word.substring(1);
      }
      if (word.startsWith("<")) {
        mark |= BEFORE;
        word = word.substring(1);
      }
      if (word.endsWith(">")) {
        mark |= AFTER;
        word = word.substring(0, word.length() - 1);
      } else if (word.endsWith("}")) {
        mark |= AFTER_NO_HYPHEN;
        word = word.substring(0, word.length() - 1);
      }
      w.add(word);
      m.add(mark);
    }
    words = w.toArray(new String[0]);
    marks = new byte[m.size()];
    java.util.Map<Integer, List<Integer>> byStart = new java.util.HashMap<>();
    for (int i = 0; i < marks.length; i++) {
      marks[i] = m.get(i);
      if ((marks[i] & EXACT) == 0) {
        byStart.computeIfAbsent(pair(words[i], 0), k -> new ArrayList<>()).add(i);
      }
    }
    index = new java.util.HashMap<>();
    for (var en : byStart.entrySet()) {
      index.put(en.getKey(), en.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** Word numbers by their first two characters. */
  private final java.util.Map<Integer, int[]> index;

  private static int pair(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }

  boolean in(String name) {
    for (int i = 0; i < words.length; i++) {
      if ((marks[i] & EXACT) != 0 && name.equals(words[i])) {
        return true;
      }
    }
    for (int at = 0; at + 1 < name.length(); at++) {
      int[] candidates = index.get(pair(name, at));
      if (candidates == null) {
        continue;
      }
      for (int i : candidates) {
        String word = words[i];
        if (!name.startsWith(word, at)) {
          continue;
        }
        byte mark = marks[i];
        int end = at + word.length();
        boolean ok =
            ((mark & BEFORE) == 0 || at == 0 || !letter(name.charAt(at - 1)))
                && ((mark & AFTER) == 0 || end == name.length() || !letter(name.charAt(end)))
                && ((mark & AFTER_NO_HYPHEN) == 0
                    || end == name.length()
                    || !letter(name.charAt(end)) && name.charAt(end) != '-');
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
