package org.dragoman.structure.html;

import org.jsoup.nodes.Element;

/**
 * Reads the attributes of parsed HTML elements without allocating. jsoup's HTML parser stores
 * attribute names in lower case, so a lower-case name is found by an exact comparison, where {@link
 * Element#attr(String)} compares ignoring case and {@link Element#attributes()} creates an empty
 * attribute list on an element that has none.
 */
final class Attr {
  private Attr() {}

  /** The value of the attribute with this lower-case name, or "" when absent or empty. */
  static String get(Element e, String lowerCaseName) {
    return e.attributesSize() > 0 ? e.attributes().get(lowerCaseName) : "";
  }

  /** Whether the element has the attribute with this lower-case name. */
  static boolean has(Element e, String lowerCaseName) {
    return e.attributesSize() > 0 && e.attributes().hasKey(lowerCaseName);
  }

  /** The class attribute, trimmed, as {@link Element#className()} returns it. */
  static String className(Element e) {
    return e.attributesSize() > 0 ? e.attributes().get("class").trim() : "";
  }
}
