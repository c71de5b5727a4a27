package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article body of a cleaned page. Every paragraph-like element
 * scores its ancestors by its length and commas (as Mozilla's Readability does); the best
 * container, discounted by its link density, wins. Markup that names the article body
 * (itemprop=articleBody, "entry-content", "article-body"...) wins when it holds most of that text.
 * Siblings of the winner that read like article text join it. Blocks the page repeats from one
 * template count as teasers when short and are taken together when the winner is one of them.
 */
public final class ContentFinder {
  MainContent find(Element body, PageNames names) {
    return find(body, new NodeStats(body, names), names);
  }

  /** Finds the body in a page whose measures under {@code body} are {@code stats}. */
  MainContent find(Element body, NodeStats stats, PageNames names) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    List<Element> hints = new ArrayList<>();
    List<Element> order = new ArrayList<>();
    RecipeIngredients ingredients = new RecipeIngredients();
    List<Element> elements = stats.elements();
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      NodeStats.Stat s = stats.at(i);
      String tag = e.normalName();
      boolean block = s.block;
      if (Attr.get(e, "itemprop").equalsIgnoreCase("articleBody") || block && names.bodyHint(e)) {
        hints.add(e);
      }
      if (block) {
        ingredients.offer(e, stats, names);
      }
      if (s.inline < 25 || !scoreable(tag) || s.inlineLink > 0.5 * s.inline) {
        continue;
      }
      double score = 1 + s.commas + Math.min(s.inline / 100.0, 3);
      Element start = startsAtParent(tag) ? e.parent() : e;
      int level = 0;
      for (Element a = start; a != null && level < 5; a = a.parent(), level++) {
        double[] sc = scores.get(a);
        if (sc == null) {
          sc = initialScore(a, names);
          scores.put(a, sc);
          order.add(a);
        }
        sc[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        if (a == body) {
          break;
        }
      }
    }
    Element top = null;
    double topScore = 0;
    RepeatedBlocks repeated = new RepeatedBlocks(order);
    for (Element e : order) {
      double[] sc = scores.get(e);
      double f = sc[0] * (1 - stats.of(e).linkDensity()) * placement(e, body, names);
      if (repeated.teaser(e, stats)) {
        f *= 0.5;
      }
      sc[1] = f;
      if (f > topScore) {
        top = e;
        topScore = f;
      }
    }
    if (top == null) {
      return new MainContent(List.of(body), stats);
    }
    Element rescued = ThinWinner.rescue(top, topScore, order, scores, stats, body);
    if (rescued != top) {
      top = rescued;
      topScore = scores.get(top)[1];
    }
    top = repeated.whole(top, stats, names, body);
    top = climb(top, topScore, scores, body);
    top = preferHint(top, hints, stats);
    top = ThinWinner.widen(top, stats, body);
    top = ingredients.join(top, stats, names, body);
    List<Element> parts = withSiblings(top, scores, stats, body, names);
    return new MainContent(ingredients.add(parts, stats, names, body), stats);
  }

  /**
   * Candidates inside page furniture (footer, aside, nav, header) or a narrow side column count for
   * less, those inside a box of customers' reviews (a shop's reader comments, often named
   * "review-body" or "review-content" like an article) for a third, and those inside a box shown
   * over the page (a pop-up, modal dialog or lightbox) for much less.
   */
  private static double placement(Element e, Element body, PageNames names) {
    double f = 1;
    for (Element p = e; p != null && p != body; p = p.parent()) {
      switch (p.normalName()) {
        case "footer", "aside", "nav", "header" -> f = Math.min(f, 0.5);
        case "dialog" -> {
          return 0.1;
        }
        default -> {
          double share = names.placementShare(p);
          if (share <= 0.1) {
            return 0.1;
          }
          f = Math.min(f, share);
        }
      }
    }
    return f;
  }

  private static boolean scoreable(String tag) {
    return switch (tag) {
      case "p",
              "pre",
              "td",
              "div",
              "section",
              "article",
              "main",
              "blockquote",
              "dd",
              "center",
              "font",
              "span",
              "body",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6" ->
          true;
      default -> false;
    };
  }

  private static boolean startsAtParent(String tag) {
    return switch (tag) {
      case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "span", "font" -> true;
      default -> false;
    };
  }

  private static double[] initialScore(Element e, PageNames names) {
    double base =
        switch (e.normalName()) {
          case "div" -> 5;
          case "article" -> 10;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return new double[] {base + names.weight(e), 0};
  }

  /** Readability's climb: a parent that scores better than its best child holds the article. */
  private static Element climb(
      Element top, double topScore, Map<Element, double[]> scores, Element body) {
    double last = topScore;
    double threshold = last / 3;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      double[] sc = scores.get(p);
      if (sc == null) {
        continue;
      }
      if (sc[1] < threshold) {
        break;
      }
      if (sc[1] > last) {
        top = p;
        break;
      }
      last = sc[1];
    }
    while (top.parent() != null && top.parent() != body && ChildElements.one(top.parent())) {
      top = top.parent();
    }
    return top;
  }

  /** An element named as the article body wins when it holds most of the winner's text. */
  private static Element preferHint(Element top, List<Element> hints, NodeStats stats) {
    NodeStats.Stat t = stats.of(top);
    double topText = t.text - t.link;
    Element best = null;
    double bestText = 0;
    for (Element h : hints) {
      NodeStats.Stat s = stats.of(h);
      double text = s.text - s.link;
      if (text > bestText && s.linkDensity() < 0.4) {
        best = h;
        bestText = text;
      }
    }
    if (best == null || best == top) {
      return top;
    }
    if (bestText >= 0.6 * topText
        && (bestText <= 2.5 * topText || DocumentOrder.contains(best, top))) {
      return best;
    }
    return top;
  }

  /**
   * The winner with the siblings that read like more of its text. When the winner is wrapped in
   * elements that hold little besides it (a table cell in its row, a text box in a teaser with an
   * image), the siblings of the outermost such wrapper are looked at as well: a page that splits
   * its text over several rows or boxes keeps every one.
   */
  private static List<Element> withSiblings(
      Element top, Map<Element, double[]> scores, NodeStats stats, Element body, PageNames names) {
    if (top.parent() == null || top == body) {
      return List.of(top);
    }
    double[] ts = scores.get(top);
    double topScore = ts == null ? 0 : ts[1];
    Element unit = unit(top, stats, body);
    if (unit != top) {
      List<Element> around = siblings(unit, topScore, Attr.className(unit), scores, stats, names);
      if (around.size() > 1) {
        return withGapsFilled(around, stats, names);
      }
    }
    return withGapsFilled(
        siblings(top, topScore, Attr.className(top), scores, stats, null), stats, names);
  }

  /**
   * The joined siblings with the blocks that stand between two of them: text set between parts of
   * the body (a standfirst below the picture, a subheading, a paragraph in a box of its own) is
   * body too, when it is a block of prose or a heading, mostly outside links, and neither page
   * furniture nor named as boilerplate.
   */
  private static List<Element> withGapsFilled(
      List<Element> parts, NodeStats stats, PageNames names) {
    if (parts.size() < 2) {
      return parts;
    }
    Element first = parts.get(0);
    Element last = parts.get(parts.size() - 1);
    List<Element> out = new ArrayList<>();
    int next = 0;
    for (Element sib = first; sib != null; sib = sib.nextElementSibling()) {
      if (next < parts.size() && sib == parts.get(next)) {
        out.add(sib);
        next++;
      } else if (gapText(sib, stats.of(sib), names)) {
        out.add(sib);
      }
      if (sib == last) {
        break;
      }
    }
    return out;
  }

  private static boolean gapText(Element e, NodeStats.Stat s, PageNames names) {
    if (s.text == 0 || s.linkDensity() >= 0.25 || furniture(e) || names.boilerplate(e)) {
      return false;
    }
    return Tags.heading(e.normalName()) || s.maxProse >= GAP_PROSE;
  }

  /** Letters of prose in one block that make a block between parts of the body read as text. */
  private static final int GAP_PROSE = 100;

  /** The outermost wrapper of the winner that holds little text besides it, else the winner. */
  private static Element unit(Element top, NodeStats stats, Element body) {
    int text = stats.of(top).text;
    Element unit = top;
    for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
      if (stats.of(p).text > text * 1.15 + 25) {
        break;
      }
      unit = p;
    }
    return unit;
  }

  private static List<Element> siblings(
      Element top,
      double topScore,
      String topClass,
      Map<Element, double[]> scores,
      NodeStats stats,
      PageNames strict) {
    Element parent = top.parent();
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sib = parent.firstElementChild(); sib != null; sib = sib.nextElementSibling()) {
      if (sib == top) {
        out.add(sib);
        continue;
      }
      double[] sc = scores.get(sib);
      double score = sc == null ? 0 : sc[1];
      if (!topClass.isEmpty() && topClass.equals(Attr.className(sib))) {
        score += topScore * 0.2;
      }
      NodeStats.Stat s = stats.of(sib);
      if (strict != null && !likeUnit(top, sib, s, strict) || furniture(sib)) {
        continue;
      }
      if (score >= threshold) {
        out.add(sib);
      } else if (!textLike(sib.normalName())) {
        if (s.maxProse >= 200 && s.linkDensity() < 0.15 && s.text - s.link >= 200) {
          out.add(sib);
        }
      } else {
        double ld = s.linkDensity();
        if (s.text > 80 && ld < 0.25) {
          out.add(sib);
        } else if (s.text > 0 && s.text <= 80 && ld == 0 && endsSentence(sib.text())) {
          out.add(sib);
        }
      }
    }
    return out;
  }

  /**
   * Whether a sibling of the winner's wrapper may join it: not named as boilerplate or comments,
   * mostly text outside links, and a box of the wrapper's own kind unless it is a paragraph.
   */
  private static boolean likeUnit(Element unit, Element sib, NodeStats.Stat s, PageNames names) {
    if (names.boilerplate(sib) || names.commentSection(sib)) {
      return false;
    }
    if (s.text < 100 || s.linkDensity() >= 0.25) {
      return false;
    }
    return textLike(sib.normalName())
        || sib.normalName().equals(unit.normalName())
            && Attr.className(sib).equals(Attr.className(unit));
  }

  /** Whether the element is page furniture by its tag: a side box, navigation or a footer. */
  private static boolean furniture(Element e) {
    return switch (e.normalName()) {
      case "aside", "nav", "footer" -> true;
      default -> false;
    };
  }

  private static boolean textLike(String tag) {
    return tag.equals("p") || tag.equals("blockquote") || tag.equals("pre");
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == '\u201c';
  }
}
