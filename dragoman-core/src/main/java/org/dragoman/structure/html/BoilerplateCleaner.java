package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: scripts and media, hidden elements, and the parts around an
 * article (navigation, headers, footers, asides, forms, share bars, related links, cookie and
 * subscription boxes, author bios), recognized by tag, role, class or id. An element that holds
 * most of the page's text is kept whatever its name, so a badly named wrapper costs nothing.
 */
public final class BoilerplateCleaner {
  /** Removes boilerplate under {@code root}. */
  public void clean(Element root) {
    NodeStats stats = new NodeStats(root);
    NodeStats.Stat all = stats.of(root);
    int total = Math.max(1, all.text - all.link);
    List<Element> remove = new ArrayList<>();
    visit(root, stats, total, remove);
    for (Element e : remove) {
      e.remove();
    }
  }

  private static void visit(Element e, NodeStats stats, int total, List<Element> remove) {
    for (Element child : e.children()) {
      if (removable(child, stats, total)) {
        remove.add(child);
      } else {
        visit(child, stats, total, remove);
      }
    }
  }

  private static boolean removable(Element e, NodeStats stats, int total) {
    String tag = e.normalName();
    if (Tags.DROP.contains(tag)) {
      return true;
    }
    if (tag.equals("figcaption")) {
      return true;
    }
    if (hidden(e)) {
      return true;
    }
    boolean around = Tags.AROUND.contains(tag) || ClassPatterns.boilerplate(e);
    if (!around) {
      return false;
    }
    NodeStats.Stat s = stats.of(e);
    boolean holdsThePage = s.holdsBodyHint || s.text - s.link > 0.4 * total;
    return !holdsThePage;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.hasText()) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
