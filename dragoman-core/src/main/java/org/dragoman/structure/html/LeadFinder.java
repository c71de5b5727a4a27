package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds an article's lead (standfirst, teaser paragraph, subtitle) when it sits outside the
 * container that holds the rest of the body: news pages often put it in the article's header, next
 * to the headline, or in a box of its own before the text. A lead is looked for only before the
 * body, inside the same article (the nearest enclosing {@code article} or {@code main}, else a few
 * levels up), and only where markup says it is one: a name like "intro", "lead", "excerpt",
 * "subtitle" or "standfirst", {@code itemprop=description}, or a paragraph or subheading in the
 * article's header. It must read as prose: enough letters, few of them in links.
 */
final class LeadFinder {
  /** Class and id words of a lead; see {@link Keywords} for the marks. */
  private static final Keywords LEAD =
      new Keywords(
          "intro <lead} leadtext lead-text excerpt subtitle sub-title subheadline sub-headline"
              + " standfirst summary abstract <deck} <dek} chapo chapeau vorspann einleitung"
              + " teasertext teaser-text bajada entradilla linha-fina linhafina");

  /** Class and id words of an article's header, where the headline and the lead sit. */
  private static final Keywords HEADER =
      new Keywords(
          "article-header article__header articleheader entry-header entry__header entryheader"
              + " post-header post__header postheader story-header story__header storyheader");

  private static final int MIN_LETTERS = 40;
  private static final int MAX_LETTERS = 1500;
  private static final int LEVELS = 6;

  /** The lead elements of the article whose body is {@code main}, in page order, then main's. */
  MainContent withLead(MainContent main, PageNames names) {
    List<Element> body = main.elements();
    if (body.isEmpty()) {
      return main;
    }
    Element first = body.get(0);
    Element scope = scope(first);
    if (scope == null) {
      return main;
    }
    NodeStats stats = main.stats();
    Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = first; p != null && p != scope; p = p.parent()) {
      around.add(p);
    }
    List<Element> found = new ArrayList<>();
    Element header = headerBefore(scope);
    if (header != null) {
      collect(header, scope.parent(), first, around, found, stats, names);
    }
    collect(scope, scope, first, around, found, stats, names);
    if (found.isEmpty()) {
      return main;
    }
    String opening = first.text();
    if (opening.length() > 2000) {
      opening = opening.substring(0, 2000);
    }
    List<Element> out = new ArrayList<>();
    for (Element lead : innermost(found, stats, names)) {
      if (!repeated(lead, opening)) {
        out.add(lead);
      }
    }
    if (out.isEmpty()) {
      return main;
    }
    out.addAll(body);
    return new MainContent(out, stats);
  }

  /**
   * Adds to {@code found} the leads in {@code region} before {@code first}; {@code bound} is the
   * element up to which the region's furniture and headers are looked for.
   */
  private static void collect(
      Element region,
      Element bound,
      Element first,
      Set<Element> around,
      List<Element> found,
      NodeStats stats,
      PageNames names) {
    for (Element e = region; e != null; e = DocumentOrder.next(e, region)) {
      if (e == first) {
        break;
      }
      if (e == region || around.contains(e) || inside(e, found)) {
        continue;
      }
      if (lead(e, bound, stats, names) && !aside(e, bound)) {
        found.add(e);
      }
    }
  }

  /**
   * The header just before an article or main element (pages often put the headline and the lead in
   * a header beside the article that holds the text), or null.
   */
  private static Element headerBefore(Element scope) {
    String tag = scope.normalName();
    if (!tag.equals("article") && !tag.equals("main") || scope.parent() == null) {
      return null;
    }
    Element prev = scope.previousElementSibling();
    if (prev == null) {
      return null;
    }
    return prev.normalName().equals("header") || namedHeader(prev) ? prev : null;
  }

  private static boolean namedHeader(Element e) {
    String name = ClassPatterns.names(e);
    return !name.isEmpty() && HEADER.in(name);
  }

  /** The article around {@code first}: the nearest article or main element, else a few levels. */
  private static Element scope(Element first) {
    Element p = first.parent();
    Element fallback = null;
    for (int level = 1; p != null && level <= LEVELS; level++, p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body")) {
        return fallback != null ? fallback : p;
      }
      if (tag.equals("article") || tag.equals("main")) {
        return p;
      }
      if (level == 3) {
        fallback = p;
      }
    }
    return fallback;
  }

  private static boolean lead(Element e, Element scope, NodeStats stats, PageNames names) {
    String tag = e.normalName();
    switch (tag) {
      case "p", "div", "section", "h2", "h3", "span", "strong" -> {}
      default -> {
        return false;
      }
    }
    NodeStats.Stat s = stats.of(e);
    int prose = s.text - s.link;
    if (prose < MIN_LETTERS || s.text > MAX_LETTERS || s.linkDensity() > 0.3) {
      return false;
    }
    if (names.boilerplate(e) || names.authorClass(e) || names.dateClass(e)) {
      return false;
    }
    String name = ClassPatterns.names(e);
    if (!name.isEmpty() && LEAD.in(name)) {
      return true;
    }
    if (e.attr("itemprop").equalsIgnoreCase("description")) {
      return true;
    }
    boolean text = tag.equals("p") || tag.equals("h2") || tag.equals("h3");
    return text && inHeader(e, scope) && (tag.equals("p") ? prose >= 60 : prose >= 30);
  }

  /** Whether the element lies in navigation, a side box, a footer or a form of the article. */
  private static boolean aside(Element e, Element scope) {
    for (Element p = e; p != null && p != scope; p = p.parent()) {
      switch (p.normalName()) {
        case "nav", "aside", "footer", "menu", "form", "figure" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /**
   * Whether the body already opens with the lead's words (a summary repeating the text): both its
   * first and its last words are there, not only its first sentence.
   */
  private static boolean repeated(Element lead, String opening) {
    String text = lead.text();
    if (text.length() <= 60) {
      return opening.contains(text);
    }
    return opening.contains(text.substring(0, 60))
        && opening.contains(text.substring(text.length() - 60));
  }

  /** Of leads nested in one another, the inner ones that are leads themselves; else the outer. */
  private static List<Element> innermost(List<Element> found, NodeStats stats, PageNames names) {
    List<Element> out = new ArrayList<>();
    for (Element outer : found) {
      List<Element> inner = new ArrayList<>();
      for (Element d : outer.getAllElements()) {
        if (d != outer && !inside(d, inner) && namedLead(d, stats, names)) {
          inner.add(d);
        }
      }
      out.addAll(inner.isEmpty() ? List.of(outer) : inner);
    }
    return out;
  }

  private static boolean namedLead(Element e, NodeStats stats, PageNames names) {
    NodeStats.Stat s = stats.of(e);
    if (s.text - s.link < MIN_LETTERS || s.linkDensity() > 0.3 || names.boilerplate(e)) {
      return false;
    }
    String name = ClassPatterns.names(e);
    return !name.isEmpty() && LEAD.in(name) || e.attr("itemprop").equalsIgnoreCase("description");
  }

  private static boolean inHeader(Element e, Element scope) {
    for (Element p = e.parent(); p != null && p != scope; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("header") || tag.equals("hgroup") || namedHeader(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, List<Element> found) {
    for (Element f : found) {
      if (contains(f, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Element outer, Element inner) {
    for (Element p = inner; p != null; p = p.parent()) {
      if (p == outer) {
        return true;
      }
    }
    return false;
  }
}
