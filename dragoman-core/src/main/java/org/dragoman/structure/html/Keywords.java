package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast test for which of several lists of words a lower-cased name contains. Each word may carry
 * marks: a leading {@code <} wants no letter before it, a trailing {@code >} no letter after it, a
 * trailing {@code \}} neither a letter nor a hyphen after it, and a leading {@code =} wants the
 * whole name to be the word. All lists are matched in one scan of the name: from every position, a
 * trie of the words follows the name's characters as far as some word does, so each position costs
 * about as many steps as the longest word prefix found there. (Java's regular expressions try every
 * alternative at every position, which made long alternations the slowest part of reading a page.)
 * Immutable and thread-safe.
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

  /** The trie's code of each ASCII character that occurs in a word, -1 for the others. */
  private final int[] codes = new int[ASCII];

  /** How many characters have a code. */
  private final int alphabet;

  /**
   * The trie: the child of node {@code n} by the character of code {@code c} is {@code next[n *
   * alphabet + c]}, 0 when there is none (node 0 is the root, never a child).
   */
  private final int[] next;

  /** Word numbers of the words that end at each trie node, or null. */
  private final int[][] ends;

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
    Arrays.fill(codes, -1);
    int symbols = 0;
    for (int i = 0; i < words.length; i++) {
      marks[i] = m.get(i);
      lists[i] = l.get(i);
      for (int k = 0; k < words[i].length(); k++) {
        char c = words[i].charAt(k);
        if (codes[c] < 0) {
          codes[c] = symbols++;
        }
      }
    }
    alphabet = Math.max(1, symbols);
    int[] trie = new int[alphabet];
    List<List<Integer>> wordEnds = new ArrayList<>();
    wordEnds.add(null);
    int nodes = 1;
    for (int i = 0; i < words.length; i++) {
      int node = 0;
      for (int k = 0; k < words[i].length(); k++) {
        int slot = node * alphabet + codes[words[i].charAt(k)];
        if (trie[slot] == 0) {
          if ((nodes + 1) * alphabet > trie.length) {
            trie = Arrays.copyOf(trie, trie.length * 2);
          }
          trie[slot] = nodes++;
          wordEnds.add(null);
        }
        node = trie[slot];
      }
      if (wordEnds.get(node) == null) {
        wordEnds.set(node, new ArrayList<>());
      }
      wordEnds.get(node).add(i);
    }
    next = Arrays.copyOf(trie, nodes * alphabet);
    ends = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      if (wordEnds.get(n) != null) {
        ends[n] = wordEnds.get(n).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** Whether the name contains a word of any list. */
  boolean in(String name) {
    return match(name) != 0;
  }

  /** Bit {@code i} is set when the name contains a word of list {@code i}. */
  int match(String name) {
    int found = 0;
    int length = name.length();
    for (int at = 0; at + 1 < length; at++) {
      int node = 0;
      for (int k = at; k < length; k++) {
        char c = name.charAt(k);
        int code = c < ASCII ? codes[c] : -1;
        if (code < 0) {
          break;
        }
        node = next[node * alphabet + code];
        if (node == 0) {
          break;
        }
        int[] here = ends[node];
        if (here == null) {
          continue;
        }
        int end = k + 1;
        for (int i : here) {
          if ((found & lists[i]) != 0) {
            continue;
          }
          byte mark = marks[i];
          boolean ok =
              ((mark & EXACT) == 0 || at == 0 && end == length)
                  && ((mark & BEFORE) == 0 || at == 0 || !letter(name.charAt(at - 1)))
                  && ((mark & AFTER) == 0 || end == length || !letter(name.charAt(end)))
                  && ((mark & AFTER_NO_HYPHEN) == 0
                      || end == length
                      || !letter(name.charAt(end)) && name.charAt(end) != '-');
          if (ok) {
            found |= lists[i];
          }
        }
      }
    }
    return found;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
