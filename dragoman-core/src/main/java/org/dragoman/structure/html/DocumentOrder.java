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
    return child != null ? child : afterSubtree(e, root);
  }

  /**
   * The element after {@code e} and everything under it, in document order under {@code root} (the
   * whole document when null), or null at the end.
   */
  static Element afterSubtree(Element e, Element root) {
    for (Element p = e; p != null && p != root; p = p.parent()) {
      Element sibling = p.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  /** Whether {@code inner} is {@code outer} or lies under it. */
  static boolean contains(Element outer, Element inner) {
    for (Element p = inner; p != null; p = p.parent()) {
      if (p == outer) {
        return true;
      }
    }
    return false;
  }
}
