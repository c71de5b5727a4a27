package org.dragoman.eval.gold;

import java.util.ArrayList;
import java.util.List;

/** Collects the checks of one document. */
final class CheckList {
  private final String document;
  private final List<Check> checks = new ArrayList<>();

  CheckList(String document) {
    this.document = document;
  }

  void add(GoldTask task, String item, boolean passed, Object expected, Object predicted) {
    checks.add(new Check(task, document, item, passed, show(expected), show(predicted)));
  }

  List<Check> checks() {
    return List.copyOf(checks);
  }

  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return "\"" + abbreviate(s, 90) + "\"";
    }
    return abbreviate(String.valueOf(value), 160);
  }

  static String abbreviate(String s, int max) {
    String flat = s.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
