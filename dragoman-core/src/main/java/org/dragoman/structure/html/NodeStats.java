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

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  private boolean isBodyHint(Element e) {
    return names.bodyHint(e) || Attr.get(e, "itemprop").equalsIgnoreCase("articleBody");
  }

  private static final Stat EMPTY = new Stat();
  private final Map<Element, Stat> stats;
  private final List<Element> elements = new ArrayList<>();
  private final List<Stat> measured = new ArrayList<>();
  private final List<Element> headlines = new ArrayList<>();

  private final PageNames names;

  NodeStats(Element root, PageNames names) {
    this.names = names;
    measure(root, false);
    stats = new IdentityHashMap<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      stats.put(elements.get(i), measured.get(i));
    }
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
    return s == null ? EMPTY : s;
  }

  /** The last h1 element with text that opens before {@code e} in document order, or null. */
  Element headlineBefore(Element e) {
    Stat at = stats.get(e);
    if (at == null) {
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
        String text = t.getWholeText();
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
      } else if (n instanceof Element child) {
        Stat c = measure(child, link);
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
    }
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
    return s;
  }
}
