package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads title, authors, site and publication date from what a page offers, in order of trust:
 * JSON-LD, OpenGraph and article meta tags, {@code <time>} and itemprop markup, bylines, the {@code
 * <title>} element and finally a date in the URL.
 */
public final class MetadataExtractor {
  private static final String[] DATE_META = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "displaydate",
    "date.created",
    "created",
    "last-modified"
  };
  private static final String[] AUTHOR_META = {
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "twitter:creator"
  };
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—»·:-]\\s+|\\s+::\\s+");
  private static final Pattern AUTHOR_PREFIX =
      Pattern.compile(
          "^(?i)(?:(?:written|posted|published|geschrieben|verfasst|ein beitrag|veröffentlicht)"
              + "\\s+(?:by|von|am)\\s+|by:?\\s+|von:?\\s+|par:?\\s+|por:?\\s+|di:?\\s+|door:?\\s+"
              + "|autor(?:in)?:?\\s+|author:?\\s+|text:?\\s+)");
  private static final Pattern AUTHOR_SPLIT =
      Pattern.compile("\\s*(?:[,;&/|]|\\s(?:and|und|et|y|e)\\s)\\s*");

  /** Reads the page's metadata; the document is not changed. */
  HtmlMetadata extract(Document doc, String url, PageNames pageNames) {
    Map<String, String> meta = new HashMap<>();
    List<String> scripts = new ArrayList<>();
    List<Element> times = new ArrayList<>();
    List<Element> datedByName = new ArrayList<>();
    List<Element> bylines = new ArrayList<>();
    List<Element> h1 = new ArrayList<>();
    String titleTag = null;
    for (Element e = doc; e != null; e = next(e, doc)) {
      switch (e.normalName()) {
        case "meta" -> {
          String key = Attr.get(e, "property");
          if (key.isEmpty()) {
            key = Attr.get(e, "name");
          }
          if (key.isEmpty()) {
            key = Attr.get(e, "itemprop");
          }
          String content = Attr.get(e, "content").strip();
          if (!key.isEmpty() && !content.isEmpty()) {
            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
          }
        }
        case "script" -> {
          if (Attr.get(e, "type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            scripts.add(e.data());
          }
        }
        case "title" -> {
          if (titleTag == null && !inSvg(e)) {
            titleTag = e.text();
          }
        }
        case "time" -> times.add(e);
        case "h1" -> h1.add(e);
        default -> {}
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      String itemprop = Attr.get(e, "itemprop");
      if (!itemprop.isEmpty() && !e.normalName().equals("meta")) {
        if (itemprop.equalsIgnoreCase("datePublished")
            || itemprop.equalsIgnoreCase("dateCreated")) {
          datedByName.add(0, e);
        } else if (itemprop.equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("creator")) {
          bylines.add(e);
        }
      }
      String rel = Attr.get(e, "rel");
      if (!rel.isEmpty() && rel.toLowerCase(Locale.ROOT).contains("author")) {
        bylines.add(e);
      }
      if (!Attr.className(e).isEmpty()) {
        boolean author = pageNames.authorClass(e);
        boolean dated = pageNames.dateClass(e) && !e.normalName().equals("time");
        if ((author || dated) && e.childrenSize() < 8) {
          if (author) {
            bylines.add(e);
          }
          if (dated) {
            datedByName.add(e);
          }
        }
      }
    }
    JsonLdArticle ld = JsonLdArticle.read(scripts);
    String site =
        firstNonBlank(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
    String title = title(ld, meta, h1, titleTag, site);
    List<String> authors = authors(ld, meta, bylines, pageNames);
    String[] date = date(ld, meta, times, datedByName, url, pageNames);
    if (date[0] == null) {
      String d = textDate(doc.body(), pageNames);
      if (d != null) {
        date = new String[] {d, "page text"};
      }
    }
    return new HtmlMetadata(title, authors, site, date[0], date[1]);
  }

  /** The element after {@code e} in document order under {@code root}, or null at the end. */
  private static Element next(Element e, Element root) {
    Element child = e.firstElementChild();
    if (child != null) {
      return child;
    }
    for (Element p = e; p != null && p != root; p = p.parent()) {
      Element sibling = p.nextElementSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }

  private static boolean inSvg(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("svg")) {
        return true;
      }
    }
    return false;
  }

  private static String title(
      JsonLdArticle ld, Map<String, String> meta, List<Element> h1, String titleTag, String site) {
    String t = firstNonBlank(ld.headline(), meta.get("og:title"), meta.get("twitter:title"));
    if (t != null) {
      return clean(t, site, true);
    }
    for (Element e : h1) {
      String s = e.text().strip();
      if (!s.isEmpty() && s.length() < 300 && !insideBoilerplate(e)) {
        return s;
      }
    }
    return titleTag == null ? null : clean(titleTag, site, false);
  }

  /** Removes a site name written before or after the title with a separator. */
  static String clean(String title, String site, boolean onlyKnownSite) {
    String t = title.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      return null;
    }
    var m = TITLE_SEPARATOR.matcher(t);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) {
      seps.add(new int[] {m.start(), m.end()});
    }
    if (seps.isEmpty()) {
      return t;
    }
    String siteLower = site == null ? null : site.toLowerCase(Locale.ROOT).strip();
    int[] last = seps.get(seps.size() - 1);
    String tail = t.substring(last[1]).strip();
    int[] first = seps.get(0);
    String head = t.substring(0, first[0]).strip();
    if (siteLower != null && !siteLower.isEmpty()) {
      if (matchesSite(tail, siteLower)) {
        return t.substring(0, last[0]).strip();
      }
      if (matchesSite(head, siteLower)) {
        return t.substring(first[1]).strip();
      }
    }
    if (onlyKnownSite) {
      return t;
    }
    String before = t.substring(0, last[0]).strip();
    if (tail.split(" ").length <= 4 && before.length() >= tail.length()) {
      return before;
    }
    String after = t.substring(first[1]).strip();
    if (head.split(" ").length <= 3 && after.length() > head.length() * 2) {
      return after;
    }
    return t;
  }

  private static boolean matchesSite(String part, String siteLower) {
    String p = part.toLowerCase(Locale.ROOT);
    return p.equals(siteLower) || p.contains(siteLower) || siteLower.contains(p) && p.length() > 3;
  }

  private static List<String> authors(
      JsonLdArticle ld, Map<String, String> meta, List<Element> bylines, PageNames names) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : ld.authors()) {
      addAuthors(a, out);
    }
    if (out.isEmpty()) {
      for (String key : AUTHOR_META) {
        String v = meta.get(key);
        if (v != null && !v.startsWith("http") && !v.startsWith("@")) {
          addAuthors(v, out);
          if (!out.isEmpty()) {
            break;
          }
        }
      }
    }
    if (out.isEmpty()) {
      for (Element e : bylines) {
        if (insideBoilerplate(e) || insideComment(e, names)) {
          continue;
        }
        String s = e.hasAttr("content") ? e.attr("content") : e.text();
        Element name = e.selectFirst("[itemprop=name], .fn, .name, a[rel~=author]");
        if (name != null && name != e) {
          s = name.hasAttr("content") ? name.attr("content") : name.text();
        }
        addAuthors(s, out);
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static void addAuthors(String raw, Set<String> out) {
    if (raw == null) {
      return;
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    s = AUTHOR_PREFIX.matcher(s).replaceFirst("");
    int cut = indexOfAny(s, " | ", " am ", " on ", " – ", " - ", " sagt:", " says:", " schreibt:");
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    s = s.replaceAll("[:,.]+$", "").strip();
    if (s.isEmpty() || s.length() > 120 || s.contains("http") || s.contains("@")) {
      return;
    }
    for (String part : AUTHOR_SPLIT.split(s)) {
      String p = AUTHOR_PREFIX.matcher(part.strip()).replaceFirst("").strip();
      if (p.length() >= 2 && p.length() <= 60 && p.split(" ").length <= 6 && hasLetter(p)) {
        out.add(p);
      }
    }
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static int indexOfAny(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i > 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static String[] date(
      JsonLdArticle ld,
      Map<String, String> meta,
      List<Element> times,
      List<Element> datedByName,
      String url,
      PageNames names) {
    String d = DateNormalizer.normalize(ld.datePublished());
    if (d != null) {
      return new String[] {d, "JSON-LD datePublished"};
    }
    for (String key : DATE_META) {
      d = DateNormalizer.normalize(meta.get(key));
      if (d != null) {
        return new String[] {d, "meta " + key};
      }
    }
    for (Element e : datedByName) {
      String ip = e.attr("itemprop");
      if (ip.isEmpty() || insideComment(e, names)) {
        continue;
      }
      d = dateOf(e);
      if (d != null) {
        return new String[] {d, "itemprop=" + ip};
      }
    }
    Element firstTime = null;
    for (Element t : times) {
      if (insideComment(t, names) || insideBoilerplate(t)) {
        continue;
      }
      String cls = (t.className() + " " + t.parent().className()).toLowerCase(Locale.ROOT);
      if (t.hasAttr("pubdate")
          || cls.contains("publish")
          || cls.contains("entry-date")
          || cls.contains("post-date")
          || cls.contains("created")) {
        d = dateOf(t);
        if (d != null) {
          return new String[] {d, "<time datetime>"};
        }
      }
      if (firstTime == null && !cls.contains("updated") && !cls.contains("modified")) {
        firstTime = t;
      }
    }
    if (firstTime != null) {
      d = dateOf(firstTime);
      if (d != null) {
        return new String[] {d, "<time datetime>"};
      }
    }
    for (Element e : datedByName) {
      if (!e.attr("itemprop").isEmpty() || insideComment(e, names) || insideBoilerplate(e)) {
        continue;
      }
      String text = e.hasAttr("title") ? e.attr("title") + " " + e.text() : e.text();
      if (text.length() < 160) {
        d = DateNormalizer.normalize(text);
        if (d != null) {
          return new String[] {d, "byline text"};
        }
      }
    }
    d = DateNormalizer.fromUrl(url);
    if (d != null) {
      return new String[] {d, "URL"};
    }
    return new String[] {null, null};
  }

  /** The first short line of page text that is or holds a date, outside furniture and comments. */
  static String textDate(Element body, PageNames names) {
    if (body == null) {
      return null;
    }
    int[] budget = {200};
    return textDate(body, names, budget);
  }

  private static String textDate(Element e, PageNames names, int[] budget) {
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      org.jsoup.nodes.Node n = e.childNode(i);
      if (budget[0] <= 0) {
        return null;
      }
      if (n instanceof org.jsoup.nodes.TextNode t) {
        String text = t.text();
        if (text.length() >= 6 && text.length() < 120 && hasDigit(text)) {
          budget[0]--;
          String d = DateNormalizer.normalize(text);
          if (d != null) {
            return d;
          }
        }
      } else if (n instanceof Element child) {
        String tag = child.normalName();
        if (tag.equals("script")
            || tag.equals("style")
            || tag.equals("nav")
            || tag.equals("aside")
            || tag.equals("footer")
            || tag.equals("select")
            || tag.equals("option")
            || names.commentSection(child)
            || names.sureBoilerplate(child)) {
          continue;
        }
        String d = textDate(child, names, budget);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the text holds a four-digit year from 1990 to 2099 (a cheap test before parsing). */
  private static boolean hasDigit(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if ((a == '1' && b == '9' || a == '2' && b == '0')
          && isDigit(s.charAt(i + 2))
          && isDigit(s.charAt(i + 3))
          && (i == 0 || !isDigit(s.charAt(i - 1)))
          && (i + 4 == s.length() || !isDigit(s.charAt(i + 4)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String dateOf(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      if (e.hasAttr(attr)) {
        String d = DateNormalizer.normalize(e.attr(attr));
        if (d != null) {
          return d;
        }
      }
    }
    String text = e.text();
    return text.length() < 160 ? DateNormalizer.normalize(text) : null;
  }

  private static boolean insideComment(Element e, PageNames names) {
    for (Element p = e; p != null; p = p.parent()) {
      if (names.commentSection(p) || names.commentItem(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideBoilerplate(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      switch (p.normalName()) {
        case "aside", "nav", "footer" -> {
          return true;
        }
        default -> {}
      }
      String n = p.className().toLowerCase(Locale.ROOT);
      if (n.contains("sidebar") || n.contains("widget") || n.contains("related")) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        String s = v.strip();
        return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
      }
    }
    return null;
  }
}
