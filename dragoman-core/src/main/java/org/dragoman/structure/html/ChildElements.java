package org.dragoman.structure.html;

import org.jsoup.nodes.Element;

/**
 * Counts an element's child elements by walking its children. jsoup's {@link
 * Element#childrenSize()} and {@link Element#children()} build and cache a list of them in the
 * element's attributes (a stream, a map and a weak reference an element) that a count never needs.
 */
final class ChildElements {
  private ChildElements() {}

  /** Whether the element has a child element. */
  static boolean any(Element e) {
    return e.firstElementChild() != null;
  }

  /** Whether the element has exactly one child element. */
  static boolean one(Element e) {
    Element first = e.firstElementChild();
    return first != null && first.nextElementSibling() == null;
  }

  /** Whether the element has fewer than {@code limit} child elements. */
  static boolean fewerThan(Element e, int limit) {
    int n = 0;
    for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
      if (++n >= limit) {
        return false;
      }
    }
    return true;
  }
}
