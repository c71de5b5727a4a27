package org.dragoman.structure.html;

import org.jsoup.nodes.Element;

/**
 * Walks the elements under a root in document order without collecting them into a list first, so
 * that a walk which stops early costs only what it visits.
 */
final class DocumentOrder {
  private DocumentOrder() {}

  /** The element after {@code e} in document order under {@code root}, or null at the end. */
  static Element next(Element e, Element root) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element p = e; p != null && p != root; p = p.parent()) {
      Element sibling = p.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
