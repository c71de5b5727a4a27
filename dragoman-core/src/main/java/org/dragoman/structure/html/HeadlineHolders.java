package org.dragoman.structure.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The elements of one page that hold its headline, an article or its main part ({@code h1}, {@code
 * article}, {@code main}, themselves or below them): found once by walking up from those landmarks,
 * instead of searching each element's subtree for them.
 */
final class HeadlineHolders {
  private static final Evaluator LANDMARK = Selector.evaluatorOf("h1, article, main");

  private final List<Element> landmarks;
  private Set<Element> holders;

  /**
   * @param landmarks every h1, article and main element of the page
   */
  HeadlineHolders(List<Element> landmarks) {
    this.landmarks = landmarks;
  }

  /** The holders under {@code root}, its landmarks found by a search. */
  static HeadlineHolders under(Element root) {
    return new HeadlineHolders(root.select(LANDMARK));
  }

  /** Whether the element is an h1, article or main element or has one below it. */
  boolean holds(Element e) {
    if (holders == null) {
      holders = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element landmark : landmarks) {
        for (Element p = landmark; p != null && holders.add(p); p = p.parent()) {
          // each ancestor once: the walk stops where an earlier landmark's walk passed
        }
      }
    }
    return holders.contains(e);
  }
}
