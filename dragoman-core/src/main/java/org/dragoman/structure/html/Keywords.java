package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast test for which of several lists of words a lower-cased name contains. Each word may carry
 * marks: a leading {@code <} wants no letter before it, a trailing {@code >} no letter after it, a
 * trailing {@code \}} neither a letter nor a hyphen after it, and a leading {@code =} wants the
 * whole name to be the word. All lists are matched in one scan of the name: every position is
 * looked up by its two characters in a table of the words that start so. (Java's regular
 * expressions try every alternative at every position, which made long alternations the slowest
 * part of reading a page.) Immutable and thread-safe.
 */
final class Keywords {
  private static final byte BEFORE = 1;
  private static final byte AFTER = 2;
  private static final byte AFTER_NO_HYPHEN = 4;
  private static final byte EXACT = 8;
  private static final int ASCII = 128;

  private final String[] words;
  private final byte[] marks;
  private final int[] lists;

  /** Word numbers by their first two (ASCII) characters, at {@code first * 128 + second}. */
  private final int[][] index;

  /** Word numbers of the words that must be the whole name. */
  private final int[] exact;

  /**
   * Words of {@code specs[i]} (space-separated, with marks) set bit {@code i} of {@link
   * #match(String)}; at most 31 lists.
   */
  Keywords(String... specs) {
    if (specs.length == 0 || specs.length > 31) {
      throw new IllegalArgumentException("need 1 to 31 word lists, got " + specs.length);
    }
    List<String> w = new ArrayList<>();
    List<Byte> m = new ArrayList<>();
    List<Integer> l = new ArrayList<>();
    for (int list = 0; list < specs.length; list++) {
      for (String raw : specs[list].trim().split("\\s+")) {
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
        if (word.length() < 2 || !word.chars().allMatch(c -> c < ASCII)) {
          throw new IllegalArgumentException("keyword needs two or more ASCII characters: " + raw);
        }
        w.add(word);
        m.add(mark);
        l.add(1 << list);
      }
    }
    words = w.toArray(new String[0]);
    marks = new byte[m.size()];
    lists = new int[l.size()];
    List<Integer> exactWords = new ArrayList<>();
    List<List<Integer>> byStart = new ArrayList<>();
    for (int k = 0; k < ASCII * ASCII; k++) {
      byStart.add(null);
    }
    for (int i = 0; i < words.length; i++) {
      marks[i] = m.get(i);
      lists[i] = l.get(i);
      if ((marks[i] & EXACT) != 0) {
        exactWords.add(i);
      } else {
        int key = pair(words[i], 0);
        if (byStart.get(key) == null) {
          byStart.set(key, new ArrayList<>());
        }
        byStart.get(key).add(i);
      }
    }
    exact = exactWords.stream().mapToInt(Integer::intValue).toArray();
    index = new int[ASCII * ASCII][];
    for (int k = 0; k < index.length; k++) {
      if (byStart.get(k) != null) {
        index[k] = byStart.get(k).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private static int pair(String s, int at) {
    return s.charAt(at) * ASCII + s.charAt(at + 1);
  }

  /** Whether the name contains a word of any list. */
  boolean in(String name) {
    return match(name) != 0;
  }

  /** Bit {@code i} is set when the name contains a word of list {@code i}. */
  int match(String name) {
    int found = 0;
    for (int i : exact) {
      if (name.equals(words[i])) {
        found |= lists[i];
      }
    }
    int length = name.length();
    for (int at = 0; at + 1 < length; at++) {
      char first = name.charAt(at);
      char second = name.charAt(at + 1);
      if (first >= ASCII || second >= ASCII) {
        continue;
      }
      int[] candidates = index[first * ASCII + second];
      if (candidates == null) {
        continue;
      }
      for (int i : candidates) {
        if ((found & lists[i]) != 0 || !name.startsWith(words[i], at)) {
          continue;
        }
        byte mark = marks[i];
        int end = at + words[i].length();
        boolean ok =
            ((mark & BEFORE) == 0 || at == 0 || !letter(name.charAt(at - 1)))
                && ((mark & AFTER) == 0 || end == length || !letter(name.charAt(end)))
                && ((mark & AFTER_NO_HYPHEN) == 0
                    || end == length
                    || !letter(name.charAt(end)) && name.charAt(end) != '-');
        if (ok) {
          found |= lists[i];
        }
      }
    }
    return found;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
