package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fast test for which of several lists of words a lower-cased name contains. Each word may carry
 * marks: a leading {@code <} wants no letter before it, a trailing {@code >} no letter after it, a
 * trailing {@code \}} neither a letter nor a hyphen after it, and a leading {@code =} wants the
 * whole name to be the word. All lists are matched in one scan of the name, one step a character:
 * an Aho-Corasick automaton of the words knows after each character which words end there, and each
 * is checked against its marks. (Java's regular expressions try every alternative at every
 * position, which made long alternations the slowest part of reading a page.) Immutable and
 * thread-safe.
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
   * The automaton over the trie of the words: after node {@code n} (the longest word prefix that
   * the text read so far ends with), the character of code {@code c} leads to {@code next[n *
   * alphabet + c]}; node 0 is the root, the empty prefix.
   */
  private final int[] next;

  /** Lengths of the words. */
  private final int[] lengths;

  /**
   * Word numbers of the words that end where each node's prefix ends (its suffixes too), or null.
   */
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
    int[] byLevel = breadthFirst(trie, nodes);
    next = renumbered(trie, nodes, byLevel);
    List<List<Integer>> numbered = new ArrayList<>(wordEnds);
    for (int n = 0; n < nodes; n++) {
      numbered.set(byLevel[n], wordEnds.get(n));
    }
    List<List<Integer>> found = followFailures(next, nodes, numbered);
    ends = new int[nodes][];
    for (int n = 0; n < nodes; n++) {
      if (found.get(n) != null) {
        ends[n] = found.get(n).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    lengths = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      lengths[i] = words[i].length();
    }
  }

  /**
   * The number of each trie node in breadth-first order: the short prefixes, which a scan visits
   * most, then lie together at the table's start.
   */
  private int[] breadthFirst(int[] trie, int nodes) {
    int[] number = new int[nodes];
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      int node = queue[head];
      number[node] = head++;
      for (int c = 0; c < alphabet; c++) {
        int child = trie[node * alphabet + c];
        if (child != 0) {
          queue[tail++] = child;
        }
      }
    }
    return number;
  }

  /** The trie's table with its nodes numbered anew. */
  private int[] renumbered(int[] trie, int nodes, int[] number) {
    int[] table = new int[nodes * alphabet];
    for (int n = 0; n < nodes; n++) {
      for (int c = 0; c < alphabet; c++) {
        int child = trie[n * alphabet + c];
        table[number[n] * alphabet + c] = child == 0 ? 0 : number[child];
      }
    }
    return table;
  }

  /**
   * Turns the trie into the automaton, in place: a missing child becomes the node that the longest
   * proper suffix of the prefix plus that character reaches (Aho-Corasick's failure links, followed
   * ahead of time), and each node's words gain those of its longest proper suffix that is a node.
   * Nodes are visited breadth first, so a suffix is always done before the nodes that need it.
   */
  private List<List<Integer>> followFailures(
      int[] automaton, int nodes, List<List<Integer>> wordEnds) {
    int[] failure = new int[nodes];
    List<List<Integer>> found = new ArrayList<>(wordEnds);
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      int node = queue[head++];
      for (int c = 0; c < alphabet; c++) {
        int slot = node * alphabet + c;
        int child = automaton[slot];
        int fallback = node == 0 ? 0 : automaton[failure[node] * alphabet + c];
        if (child == 0) {
          automaton[slot] = fallback;
          continue;
        }
        failure[child] = fallback;
        List<Integer> inherited = found.get(fallback);
        if (inherited != null) {
          List<Integer> all = found.get(child) == null ? new ArrayList<>() : found.get(child);
          all.addAll(inherited);
          found.set(child, all);
        }
        queue[tail++] = child;
      }
    }
    return found;
  }

  /** Whether the name contains a word of any list. */
  boolean in(String name) {
    return match(name) != 0;
  }

  /** Bit {@code i} is set when the name contains a word of list {@code i}. */
  int match(String name) {
    return match(name, 0, name.length());
  }

  /**
   * {@link #match(String)} of {@code text.substring(from, to)} with its ASCII capitals read as
   * small letters, without copying it: the same answer as for the region lower-cased when the
   * region is ASCII or already lower case (other characters end every word).
   */
  int match(String text, int from, int to) {
    int found = 0;
    int node = 0;
    for (int k = from; k < to; k++) {
      char c = small(text.charAt(k));
      int code = c < ASCII ? codes[c] : -1;
      if (code < 0) {
        node = 0;
        continue;
      }
      node = next[node * alphabet + code];
      int[] here = ends[node];
      if (here == null) {
        continue;
      }
      int end = k + 1;
      for (int i : here) {
        if ((found & lists[i]) != 0) {
          continue;
        }
        int at = end - lengths[i];
        byte mark = marks[i];
        boolean ok =
            ((mark & EXACT) == 0 || at == from && end == to)
                && ((mark & BEFORE) == 0 || at == from || !letter(small(text.charAt(at - 1))))
                && ((mark & AFTER) == 0 || end == to || !letter(small(text.charAt(end))))
                && ((mark & AFTER_NO_HYPHEN) == 0
                    || end == to
                    || !letter(small(text.charAt(end))) && text.charAt(end) != '-');
        if (ok) {
          found |= lists[i];
        }
      }
    }
    return found;
  }

  /** The character with an ASCII capital read as its small letter. */
  static char small(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
