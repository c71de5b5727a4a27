package org.dragoman.lexicon;

import java.util.HashSet;
import java.util.Set;

/** Word lists composed of others: "the weekdays and a few more words". */
public final class WordSets {
  private WordSets() {}

  /** The words of every set, as one immutable set. */
  @SafeVarargs
  public static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> s : sets) {
      all.addAll(s);
    }
    return Set.copyOf(all);
  }
}
