package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's title: the visible headline (an h1, else an h2 or h3) that the page's metadata
 * titles confirm, since it is what the reader sees; else a heading named as the post's title when
 * the page declares only its site's name; else the first h1 that is not the site's name; else the
 * metadata title (og:title, JSON-LD headline, twitter:title) without its site-name part; else the
 * {@code <title>} element cleaned the same way.
 */
final class TitleChooser {
  private static final int MAX_HEADINGS = 12;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s:|–—-]+");

  private final TitleCleaner cleaner;
  private final SiteIdentity site;

  TitleChooser(SiteIdentity site) {
    this.site = site;
    this.cleaner = new TitleCleaner(site);
  }

  /**
   * The title.
   *
   * @param metaTitles titles the page declares, most trusted first (null entries allowed)
   * @param titleTag the {@code <title>} element's text, or null
   * @param h1 the page's h1 elements in document order
   * @param lower its h2 and h3 elements in document order
   */
  String choose(List<String> metaTitles, String titleTag, List<Element> h1, List<Element> lower) {
    List<String> declared = new ArrayList<>();
    List<String> cleaned = new ArrayList<>();
    for (String m : metaTitles) {
      if (m != null && !m.isBlank()) {
        declared.add(norm(m));
        cleaned.add(norm(cleaner.clean(m, false)));
      }
    }
    if (titleTag != null && !titleTag.isBlank()) {
      declared.add(norm(titleTag));
      cleaned.add(norm(cleaner.clean(titleTag, true)));
    }
    boolean noMetaTitle = metaTitles.stream().allMatch(m -> m == null || m.isBlank());
    if (!declared.isEmpty()) {
      String h = confirmed(h1, declared, cleaned);
      boolean banner = h != null;
      if (h == null) {
        h = confirmed(lower, declared, cleaned);
      }
      if (h != null) {
        // A blog whose <title> is only its name shows that name as an h1 banner, and the post's
        // title in a heading named as such; a lower heading that says the <title> is the headline.
        if (banner && noMetaTitle && titleTag != null && norm(h).equals(norm(titleTag))) {
          String post = titled(lower);
          if (post != null && !norm(post).equals(norm(h))) {
            return post;
          }
        }
        return h;
      }
    }
    if (noMetaTitle) {
      String post = titled(h1);
      if (post == null) {
        post = titled(lower);
      }
      if (post != null) {
        return post;
      }
    }
    String heading = firstHeading(h1);
    if (heading != null) {
      return heading;
    }
    for (String m : metaTitles) {
      if (m != null && !m.isBlank()) {
        return cleaner.clean(m, false);
      }
    }
    if (titleTag != null && !titleTag.isBlank()) {
      return cleaner.clean(titleTag, true);
    }
    for (Element e : h1) {
      String t = text(e);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /**
   * The first h1 that is not the site's name: what the reader sees as the headline, when the
   * declared titles confirm none (they are often written for search engines instead).
   */
  private String firstHeading(List<Element> h1) {
    int seen = 0;
    for (Element e : h1) {
      if (seen++ >= MAX_HEADINGS) {
        break;
      }
      String t = text(e);
      if (t != null && norm(t).length() >= 3 && !site.names(t)) {
        return cleaner.clean(t, true);
      }
    }
    return null;
  }

  /**
   * The heading a declared title confirms: first one that the most trusted declared title is
   * (without its site-name part), then the first that a declared title holds outside its site-name
   * part; a section heading ("News", "Opinion") that only the site-name part holds confirms
   * nothing.
   */
  private String confirmed(List<Element> headings, List<String> declared, List<String> cleaned) {
    List<String> texts = new ArrayList<>();
    List<String> norms = new ArrayList<>();
    int seen = 0;
    for (Element e : headings) {
      if (seen++ >= MAX_HEADINGS) {
        break;
      }
      String t = text(e);
      if (t == null || site.names(t)) {
        continue;
      }
      String c = cleaner.clean(t, false);
      String n = norm(c);
      if (n.length() >= 3) {
        texts.add(c);
        norms.add(n);
      }
    }
    for (String title : cleaned) {
      for (int h = 0; h < norms.size(); h++) {
        if (title.equals(norms.get(h))) {
          return texts.get(h);
        }
      }
    }
    for (int h = 0; h < norms.size(); h++) {
      String n = norms.get(h);
      for (int i = 0; i < declared.size(); i++) {
        if (cleaned.get(i).contains(n)) {
          return texts.get(h);
        }
      }
    }
    return null;
  }

  /**
   * The first heading named as an article's title ("entry-title", "post-title", "headline"), itself
   * or through its parent: a blog whose page title is only the blog's name shows the post's title
   * this way.
   */
  private String titled(List<Element> headings) {
    int seen = 0;
    for (Element e : headings) {
      if (seen++ >= MAX_HEADINGS) {
        break;
      }
      if (!titleClass(e.className())
          && !(e.parent() != null && titleClass(e.parent().className()))) {
        continue;
      }
      String t = text(e);
      if (t != null && !site.names(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean titleClass(String className) {
    if (className.isEmpty()) {
      return false;
    }
    String c = className.toLowerCase(Locale.ROOT);
    return (c.contains("entry-title")
            || c.contains("post-title")
            || c.contains("posttitle")
            || c.contains("article-title")
            || c.contains("article__title")
            || c.contains("headline")
            || c.contains("story-title"))
        && !c.contains("widget")
        && !c.contains("site-title")
        && !subheading(c);
  }

  /** A subheadline or dek under the headline ("subheadline", "sub-headline", "headline-sub"). */
  private static boolean subheading(String c) {
    return c.contains("subhead")
        || c.contains("sub-head")
        || c.contains("sub_head")
        || c.contains("headline-sub")
        || c.contains("headline__sub");
  }

  private static String text(Element e) {
    if (outsideArticle(e)) {
      return null;
    }
    String t = e.text().strip();
    if (t.isEmpty() || t.length() > 300) {
      return null;
    }
    if (e.childrenSize() > 0) {
      StringBuilder b = new StringBuilder();
      if (withoutKicker(e, b)) {
        String h = LEADING_MARKS.matcher(SPACES.matcher(b).replaceAll(" ")).replaceAll("").strip();
        if (!h.isEmpty()) {
          return h;
        }
      }
    }
    return t;
  }

  /**
   * Writes the heading's text without its kicker (the small line over a headline, "dachzeile",
   * "overline") and without text hidden for screen readers; true when a kicker was left out.
   */
  private static boolean withoutKicker(Element e, StringBuilder out) {
    boolean found = false;
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        out.append(t.text());
      } else if (n instanceof Element c) {
        String cls = c.className().toLowerCase(Locale.ROOT);
        if (c.normalName().equals("rt") || c.normalName().equals("rp")) {
          found = true;
        } else if (kicker(cls) || (!cls.isEmpty() && subheading(cls))) {
          found = true;
          out.append(' ');
        } else if (cls.contains("visually-hidden")
            || cls.contains("sr-only")
            || cls.contains("screen-reader")
            || cls.contains("hiddendash")) {
          out.append(' ');
        } else {
          found |= withoutKicker(c, out);
        }
      }
    }
    return found;
  }

  private static boolean kicker(String cls) {
    return !cls.isEmpty()
        && (cls.contains("kicker")
            || cls.contains("dachzeile")
            || cls.contains("overline")
            || cls.contains("topline")
            || cls.contains("roofline")
            || cls.contains("eyebrow")
            || cls.contains("supertitle")
            || cls.contains("spitzmarke")
            || cls.contains("titleheader")
            || cls.contains("pretitle"));
  }

  private static boolean outsideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      switch (p.normalName()) {
        case "nav", "aside", "footer", "a" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** Lower case, typographic quotes and dashes made plain, spaces collapsed. */
  static String norm(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      c =
          switch (c) {
            case '\u2019', '\u2018', '\u201a' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> c;
          };
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
