package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text measures of every element under a root, computed in one pass: letters (non-space characters)
 * of all text, of text inside links, and of the element's own inline text (text not under a nested
 * block element) with its commas.
 */
final class NodeStats {
  /** Measures of one element. */
  static final class Stat {
    int text;
    int link;
    int inline;
    int inlineLink;
    int commas;
    int allCommas;
    int paragraphs;
    boolean holdsBodyHint;
    int maxProse;
    boolean block;
    int order;

    /** Where the element's subtree ends in document order: the order after its last element. */
    int end;

    /** Whether the element lies inside a link (an {@code a} element above it). */
    boolean inLink;

    /** Whether the element lies in a subtree that a cleaning removes. */
    boolean gone;

    /** Whether the element holds a subtree that a cleaning removes. */
    boolean changed;

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  private boolean isBodyHint(Element e) {
    return names.bodyHint(e) || Attr.get(e, "itemprop").equalsIgnoreCase("articleBody");
  }

  private static final Stat EMPTY = new Stat();
  private final Map<Element, Stat> stats;
  private final List<Element> elements;
  private final List<Stat> measured;
  private final List<Element> headlines;

  private final PageNames names;

  NodeStats(Element root, PageNames names) {
    this.names = names;
    elements = new ArrayList<>();
    measured = new ArrayList<>();
    headlines = new ArrayList<>();
    measure(root, false);
    stats = new IdentityHashMap<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      stats.put(elements.get(i), measured.get(i));
    }
  }

  private NodeStats(
      Map<Element, Stat> stats,
      List<Element> elements,
      List<Stat> measured,
      List<Element> headlines,
      PageNames names) {
    this.stats = stats;
    this.elements = elements;
    this.measured = measured;
    this.headlines = headlines;
    this.names = names;
  }

  /**
   * The measures of the page once {@code removed} (elements measured here, none inside another) are
   * taken out of it, the same as measuring the page again: called before their removal (their
   * parents are still known), it measures only their ancestors again and takes every other measure
   * over. These measures must not be read after the call: they are reused.
   */
  NodeStats without(List<Element> removed) {
    if (removed.isEmpty()) {
      return this;
    }
    for (Element r : removed) {
      Stat rs = stats.get(r);
      for (int i = rs.order; i < rs.end; i++) {
        measured.get(i).gone = true;
      }
      for (Element p = r.parent(); p != null; p = p.parent()) {
        Stat ps = stats.get(p);
        if (ps == null || ps.changed) {
          break;
        }
        ps.changed = true;
      }
    }
    for (int i = elements.size() - 1; i >= 0; i--) {
      Stat s = measured.get(i);
      if (s.changed) {
        remeasure(elements.get(i), s);
      }
    }
    List<Element> keptElements = new ArrayList<>(elements.size());
    List<Stat> keptStats = new ArrayList<>(elements.size());
    int[] newOrder = new int[elements.size() + 1];
    for (int i = 0; i < elements.size(); i++) {
      newOrder[i] = keptElements.size();
      Stat s = measured.get(i);
      if (!s.gone) {
        s.changed = false;
        keptElements.add(elements.get(i));
        keptStats.add(s);
      }
    }
    newOrder[elements.size()] = keptElements.size();
    for (Stat s : keptStats) {
      s.end = newOrder[s.end];
      s.order = newOrder[s.order];
    }
    List<Element> keptHeadlines = new ArrayList<>();
    for (Element h : headlines) {
      if (!stats.get(h).gone) {
        keptHeadlines.add(h);
      }
    }
    return new NodeStats(stats, keptElements, keptStats, keptHeadlines, names);
  }

  /** Measures e again from its child nodes and the measures of its element children. */
  private void remeasure(Element e, Stat s) {
    s.text = 0;
    s.link = 0;
    s.inline = 0;
    s.inlineLink = 0;
    s.commas = 0;
    s.allCommas = 0;
    s.paragraphs = 0;
    s.holdsBodyHint = false;
    s.maxProse = 0;
    String tag = e.normalName();
    boolean link = s.inLink || tag.equals("a");
    for (int k = 0, size = e.childNodeSize(); k < size; k++) {
      Node n = e.childNode(k);
      if (n instanceof TextNode t) {
        addText(s, t.getWholeText(), link);
      } else if (n instanceof Element child) {
        Stat c = stats.get(child);
        if (!c.gone) {
          addChild(s, c);
        }
      }
    }
    finish(e, tag, s);
  }

  /** The root and every element under it, in document order. */
  List<Element> elements() {
    return elements;
  }

  /** The measures of {@code elements().get(index)}, without a lookup. */
  Stat at(int index) {
    return measured.get(index);
  }

  Stat of(Element e) {
    Stat s = stats.get(e);
    return s == null || s.gone ? EMPTY : s;
  }

  /** The last h1 element with text that opens before {@code e} in document order, or null. */
  Element headlineBefore(Element e) {
    Stat at = stats.get(e);
    if (at == null || at.gone) {
      return null;
    }
    Element found = null;
    for (Element h : headlines) {
      Stat hs = stats.get(h);
      if (hs.order >= at.order) {
        break;
      }
      if (hs.text > 0) {
        found = h;
      }
    }
    return found;
  }

  /** Measures e; returns its stat. Inline children report their letters to the caller's inline. */
  private Stat measure(Element e, boolean inLink) {
    Stat s = new Stat();
    s.order = elements.size();
    s.inLink = inLink;
    elements.add(e);
    measured.add(s);
    String tag = e.normalName();
    if (tag.equals("h1")) {
      headlines.add(e);
    }
    s.block = Tags.BLOCK.contains(tag);
    boolean link = inLink || tag.equals("a");
    for (int k = 0, size = e.childNodeSize(); k < size; k++) {
      Node n = e.childNode(k);
      if (n instanceof TextNode t) {
        addText(s, t.getWholeText(), link);
      } else if (n instanceof Element child) {
        addChild(s, measure(child, link));
      }
    }
    s.end = elements.size();
    finish(e, tag, s);
    return s;
  }

  /** Adds the letters and commas of a text child to its parent's measures. */
  private static void addText(Stat s, String text, boolean link) {
    int letters = 0;
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c != '\u00a0') {
        letters++;
        if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
          commas++;
        }
      }
    }
    s.text += letters;
    s.inline += letters;
    s.commas += commas;
    s.allCommas += commas;
    if (link) {
      s.link += letters;
      s.inlineLink += letters;
    }
  }

  /** Adds the measures of an element child to its parent's. */
  private static void addChild(Stat s, Stat c) {
    s.text += c.text;
    s.link += c.link;
    s.paragraphs += c.paragraphs;
    s.allCommas += c.allCommas;
    s.holdsBodyHint |= c.holdsBodyHint;
    s.maxProse = Math.max(s.maxProse, c.maxProse);
    if (!c.block) {
      s.inline += c.inline;
      s.inlineLink += c.inlineLink;
      s.commas += c.commas;
    }
  }

  /** The measures of e that need all of its children's. */
  private void finish(Element e, String tag, Stat s) {
    if ((tag.equals("p") || tag.equals("pre") || Tags.heading(tag)) && s.text > 0
        || s.inline >= 25 && s.block) {
      s.paragraphs++;
    }
    if (s.block && s.inline - s.inlineLink > s.maxProse) {
      s.maxProse = s.inline - s.inlineLink;
    }
    if (!s.holdsBodyHint && s.text - s.link >= 400 && s.link < 0.3 * s.text && isBodyHint(e)) {
      s.holdsBodyHint = true;
    }
  }
}
