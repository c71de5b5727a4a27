package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A recipe's ingredient list, which recipe pages set in a box of its own beside the method: the
 * method's paragraphs win the scoring, and the list (short lines, no commas) would be lost. The
 * list is the first element marked as one, by schema.org microdata ({@code
 * itemprop=recipeIngredient} or the older {@code ingredients}) or by a name such as "ingredients"
 * or "zutaten", with some text mostly outside links. When the body does not hold it, the body
 * widens to the nearest element that holds both, unless that is the whole page, page furniture, or
 * mostly links; failing that, the list's own box joins the body.
 */
final class RecipeIngredients {
  private static final int MIN_LETTERS = 20;
  private static final double MAX_LINK_DENSITY = 0.3;

  private Element list;

  /** Notes {@code e} (a block element, in document order) when it is the first ingredient list. */
  void offer(Element e, NodeStats stats, PageNames names) {
    if (list != null) {
      return;
    }
    String itemprop = Attr.get(e, "itemprop");
    boolean marked =
        itemprop.equalsIgnoreCase("recipeIngredient")
            || itemprop.equalsIgnoreCase("ingredients")
            || names.ingredients(e);
    if (!marked) {
      return;
    }
    NodeStats.Stat s = stats.of(e);
    if (s.text - s.link >= MIN_LETTERS && s.linkDensity() < MAX_LINK_DENSITY) {
      list = e;
    }
  }

  /**
   * The body {@code top}, widened to the nearest element that holds the ingredient list too, when
   * that element is clean (see the class comment); else {@code top}.
   */
  Element join(Element top, NodeStats stats, PageNames names, Element body) {
    if (list == null || DocumentOrder.contains(top, list) || DocumentOrder.contains(list, top)) {
      return top;
    }
    Element common = commonAncestor(top, list);
    return clean(common, stats, names, body) ? common : top;
  }

  /**
   * The body's elements with the ingredient list's own box added in page order, when no element
   * holds the list yet: the box is the outermost ancestor of the list below the element that holds
   * both it and the body (a panel of its own beside the method), taken when it is clean.
   */
  List<Element> add(List<Element> parts, NodeStats stats, PageNames names, Element body) {
    if (list == null || parts.isEmpty()) {
      return parts;
    }
    for (Element part : parts) {
      if (DocumentOrder.contains(part, list)) {
        return parts;
      }
    }
    Element common = commonAncestor(parts.get(0), list);
    Element box = list;
    while (box.parent() != null && box.parent() != common) {
      box = box.parent();
    }
    if (box == body
        || DocumentOrder.contains(box, parts.get(0))
        || !clean(box, stats, names, body)) {
      return parts;
    }
    List<Element> out = new ArrayList<>(parts);
    int at = 0;
    int order = stats.of(box).order;
    while (at < out.size() && stats.of(out.get(at)).order < order) {
      at++;
    }
    out.add(at, box);
    return out;
  }

  /** Not the whole page, not page furniture, not named as boilerplate, not mostly links. */
  private static boolean clean(Element e, NodeStats stats, PageNames names, Element body) {
    return e != null
        && e != body
        && stats.of(e).linkDensity() < MAX_LINK_DENSITY
        && !names.boilerplate(e)
        && !furniture(e);
  }

  private static boolean furniture(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      switch (p.normalName()) {
        case "aside", "nav", "footer", "header" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static Element commonAncestor(Element a, Element b) {
    int da = depth(a);
    int db = depth(b);
    while (da > db) {
      a = a.parent();
      da--;
    }
    while (db > da) {
      b = b.parent();
      db--;
    }
    while (a != b) {
      a = a.parent();
      b = b.parent();
    }
    return a;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      d++;
    }
    return d;
  }
}
