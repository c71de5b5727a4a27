package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Candidate containers that a page repeats from one template: the same tag and class on three or
 * more of them. Short ones are teasers of other stories (a "latest posts" box), never an article's
 * body; long ones are the parts of one body split into boxes (ticker entries, sections of a guide)
 * and belong together. Built once per page from the scored candidates.
 */
final class RepeatedBlocks {
  static final int MIN_REPEATS = 3;
  private static final int TEASER_LETTERS = 300;

  private final Map<Element, List<Element>> groupOf = new IdentityHashMap<>();

  RepeatedBlocks(List<Element> candidates) {
    Map<String, List<Element>> groups = new HashMap<>();
    for (Element e : candidates) {
      String cls = Attr.className(e);
      if (!cls.isEmpty()) {
        groups.computeIfAbsent(e.normalName() + "." + cls, k -> new ArrayList<>()).add(e);
      }
    }
    for (List<Element> g : groups.values()) {
      if (g.size() >= MIN_REPEATS) {
        for (Element e : g) {
          groupOf.put(e, g);
        }
      }
    }
  }

  /** Whether the element is a short block repeated from a template: a teaser. */
  boolean teaser(Element e, NodeStats stats) {
    return groupOf.containsKey(e) && stats.of(e).text < TEASER_LETTERS;
  }

  /**
   * The element that holds every block of {@code top}'s template when they read as the parts of one
   * body (their common ancestor, not furniture, not mostly links), else {@code top}.
   */
  Element whole(Element top, NodeStats stats, PageNames names, Element body) {
    List<Element> group = groupOf.get(top);
    if (group == null) {
      return top;
    }
    Element common = top;
    for (Element e : group) {
      common = commonAncestor(common, e);
      if (common == null || common == body) {
        return top;
      }
    }
    NodeStats.Stat s = stats.of(common);
    if (names.boilerplate(common) || s.linkDensity() >= 0.35) {
      return top;
    }
    return common;
  }

  private static Element commonAncestor(Element a, Element b) {
    java.util.Set<Element> up =
        java.util.Collections.newSetFromMap(new IdentityHashMap<Element, Boolean>());
    for (Element p = a; p != null; p = p.parent()) {
      up.add(p);
    }
    for (Element p = b; p != null; p = p.parent()) {
      if (up.contains(p)) {
        return p;
      }
    }
    return null;
  }
}
