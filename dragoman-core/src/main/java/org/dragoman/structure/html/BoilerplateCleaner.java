package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: scripts and media, hidden elements, and the parts around an
 * article (navigation, headers, footers, asides, forms, share bars, related links, cookie and
 * subscription boxes, author bios), recognized by tag, role, class or id. Elements that hold the
 * likely article (a first guess, or markup naming the article body) are kept whatever their names,
 * and inside them only parts small relative to them go, so a badly named wrapper costs nothing.
 */
public final class BoilerplateCleaner {
  /** Removes elements that never hold readable text: scripts, media, forms' controls, hidden. */
  public void stripNonText(Element root) {
    List<Element> remove = new ArrayList<>();
    List<Element> pictures = new ArrayList<>();
    strip(root, remove, pictures);
    remove.addAll(PictureBoxes.boxes(pictures));
    for (Element e : remove) {
      e.remove();
    }
  }

  private static void strip(Element e, List<Element> remove, List<Element> pictures) {
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      String tag = child.normalName();
      if (tag.equals("img") || tag.equals("picture")) {
        pictures.add(child);
      }
      if (Tags.DROP.contains(tag) && !tag.equals("noscript")
          || tag.equals("figcaption")
          || hidden(child)) {
        remove.add(child);
      } else {
        strip(child, remove, pictures);
      }
    }
  }

  /**
   * Removes boilerplate under {@code root}; {@code guess} holds the elements a first look found to
   * hold the article, and the measures of the page as it is now. Returns the measures of the page
   * as the cleaning leaves it, taken over from the guess's, which must not be read after the call.
   */
  NodeStats clean(Element root, MainContent guess, PageNames names) {
    NodeStats stats = guess.stats();
    NodeStats.Stat all = stats.of(root);
    Set<Element> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element g : guess.elements()) {
      for (Element p = g; p != null && keep.add(p); p = p.parent()) {
        // every ancestor of the guess stays
      }
    }
    Set<Element> guessed = Collections.newSetFromMap(new IdentityHashMap<>());
    guessed.addAll(guess.elements());
    List<Element> remove = new ArrayList<>();
    visit(root, stats, Math.max(1, all.text - all.link), keep, guessed, remove, names);
    NodeStats after = stats.without(remove);
    for (Element e : remove) {
      e.remove();
    }
    return after;
  }

  private static void visit(
      Element e,
      NodeStats stats,
      int total,
      Set<Element> keep,
      Set<Element> guessed,
      List<Element> remove,
      PageNames names) {
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (!keep.contains(child) && removable(child, stats, total, names)) {
        remove.add(child);
      } else {
        NodeStats.Stat s = stats.of(child);
        boolean container = guessed.contains(child) || s.holdsBodyHint && isHint(child, names);
        visit(
            child,
            stats,
            container ? Math.max(1, s.text - s.link) : total,
            keep,
            guessed,
            remove,
            names);
      }
    }
  }

  private static boolean isHint(Element e, PageNames names) {
    return names.bodyHint(e) || Attr.get(e, "itemprop").equalsIgnoreCase("articleBody");
  }

  private static boolean removable(Element e, NodeStats stats, int total, PageNames names) {
    String tag = e.normalName();
    boolean semantic = Tags.AROUND.contains(tag) || tag.equals("noscript");
    boolean named = !semantic && names.boilerplate(e);
    if (!semantic && !named || named && InlineLabels.inSentence(e, stats)) {
      return false;
    }
    NodeStats.Stat s = stats.of(e);
    int prose = s.text - s.link;
    if (named && s.holdsBodyHint || prose > share(named && names.sureBoilerplate(e)) * total) {
      return false;
    }
    boolean leadOrHeader = tag.equals("header") || named && !names.sureBoilerplate(e);
    if (leadOrHeader && s.maxProse >= 120 && s.linkDensity() < 0.3) {
      return false;
    }
    boolean readsLikeProse = s.paragraphs >= 3 && prose >= 600 && s.linkDensity() < 0.25;
    return !(named && readsLikeProse && !names.sureBoilerplate(e));
  }

  /**
   * The largest part of its container's prose an element named as boilerplate may hold and still
   * go: a surely named box (related links, a newsletter form, an author bio) may hold most of a
   * short article's words; a loosely named one that holds this much is more likely a misnamed
   * wrapper.
   */
  static double share(boolean sure) {
    return sure ? 0.75 : 0.4;
  }

  private static boolean hidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (Attr.has(e, "hidden")) {
      return true;
    }
    String style = Attr.get(e, "style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
