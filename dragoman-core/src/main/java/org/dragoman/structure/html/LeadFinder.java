package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
    afterHeadline(first, found, stats, names);
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
   * Adds to {@code found} the standfirst between the page's headline and the body: prose blocks
   * after the last h1 before the body, when little else stands between them. Pages often set the
   * lead apart from the text in a box or section of their own, with no name that says so.
   */
  private static void afterHeadline(
      Element first, List<Element> found, NodeStats stats, PageNames names) {
    Element headline = stats.headlineBefore(first);
    if (headline == null || DocumentOrder.contains(first, headline)) {
      return;
    }
    List<Element> leads = new ArrayList<>();
    int between = 0;
    int visited = 0;
    Element e = DocumentOrder.afterSubtree(headline, null);
    while (e != null && e != first) {
      if (++visited > MAX_VISITED) {
        return;
      }
      if (DocumentOrder.contains(e, first)) {
        e = e.firstElementChild();
        continue;
      }
      NodeStats.Stat s = stats.of(e);
      if (s.text == 0) {
        e = DocumentOrder.afterSubtree(e, null);
        continue;
      }
      if (furniture(e, names)) {
        between += s.text - s.link;
        e = DocumentOrder.afterSubtree(e, null);
      } else if (standfirst(e, s, names)) {
        leads.add(e);
        e = DocumentOrder.afterSubtree(e, null);
      } else {
        if (s.block) {
          between += s.inline - s.inlineLink;
        }
        e = DocumentOrder.next(e, null);
      }
      if (between > MAX_BETWEEN) {
        return;
      }
    }
    if (e == null) {
      return;
    }
    for (Element lead : leads) {
      if (!inside(lead, found) && !holdsAny(lead, found)) {
        found.add(lead);
      }
    }
    found.sort((a, b) -> Integer.compare(stats.of(a).order, stats.of(b).order));
  }

  /** Letters of other text that may stand between a headline and its standfirst and body. */
  private static final int MAX_BETWEEN = 300;

  private static final int MAX_VISITED = 400;

  /** A prose block that may open an article: a paragraph or subheading, or a box of text. */
  private static boolean standfirst(Element e, NodeStats.Stat s, PageNames names) {
    int prose = s.text - s.link;
    if (s.text > MAX_LETTERS || s.linkDensity() > 0.2) {
      return false;
    }
    boolean fits =
        switch (e.normalName()) {
          case "p" -> prose >= 60;
          case "h2", "h3" -> prose >= 40;
          case "div", "section", "span", "strong" ->
              s.inline - s.inlineLink >= 80 && s.inline * 5 >= s.text * 4;
          default -> false;
        };
    return fits
        && !caption(e)
        && !names.boilerplate(e)
        && !names.authorOrDateClass(e)
        && names.weight(e) >= 0;
  }

  /**
   * Whether the block reads like a picture's caption: its text all in fine print, or a photo credit
   * in it ("(Foto: ...)", "Photo: ...", "©").
   */
  private static boolean caption(Element e) {
    if (ChildElements.one(e)
        && e.firstElementChild().normalName().equals("small")
        && e.ownText().isBlank()) {
      return true;
    }
    return CREDIT.matcher(e.text()).find();
  }

  private static final Pattern CREDIT =
      Pattern.compile(
          "\\u00a9|(?:^|[(|/]\\s*)(?:foto|fotos|photo|photos|bild|image|credit|copyright)\\s*:",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Page furniture between a headline and the body: navigation, asides, figures, forms. */
  private static boolean furniture(Element e, PageNames names) {
    return switch (e.normalName()) {
      case "nav", "aside", "footer", "menu", "form", "figure", "ul", "ol", "table" -> true;
      default -> names.boilerplate(e) || names.authorOrDateClass(e);
    };
  }

  private static boolean holdsAny(Element outer, List<Element> found) {
    for (Element f : found) {
      if (DocumentOrder.contains(outer, f)) {
        return true;
      }
    }
    return false;
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
    if (names.boilerplate(e) || names.authorOrDateClass(e)) {
      return false;
    }
    String name = ClassPatterns.names(e);
    if (!name.isEmpty() && LEAD.in(name)) {
      return true;
    }
    if (Attr.get(e, "itemprop").equalsIgnoreCase("description")) {
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
    return !name.isEmpty() && LEAD.in(name)
        || Attr.get(e, "itemprop").equalsIgnoreCase("description");
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
      if (DocumentOrder.contains(f, e)) {
        return true;
      }
    }
    return false;
  }
}
