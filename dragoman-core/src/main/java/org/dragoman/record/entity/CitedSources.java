package org.dragoman.record.entity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sources a document cites, by referent key: each is an organization of the document. */
final class CitedSources {
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, Integer> firstOffsets = new LinkedHashMap<>();

  void add(String key, String source, int offset) {
    names.merge(key, source, (a, b) -> b.length() > a.length() ? b : a);
    firstOffsets.merge(key, offset, Math::min);
  }

  Map<String, String> names() {
    return names;
  }

  int firstOffset(String key) {
    return firstOffsets.getOrDefault(key, Integer.MAX_VALUE);
  }
}
