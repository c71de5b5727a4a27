package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads title, authors, site and publication date from what a page offers, in order of trust:
 * JSON-LD, OpenGraph and article meta tags, {@code <time>} and itemprop markup, bylines, the {@code
 * <title>} element and finally a date in the URL.
 */
public final class MetadataExtractor {

  /** Reads the page's metadata; the document is not changed. */
  HtmlMetadata extract(Document doc, String url, PageNames pageNames) {
    Map<String, String> meta = new HashMap<>();
    List<String> scripts = new ArrayList<>();
    List<Element> times = new ArrayList<>();
    List<Element> datedByName = new ArrayList<>();
    int datedByItemprop = 0; // itemprop dates lead datedByName, in document order
    List<Element> bylines = new ArrayList<>();
    List<Element> h1 = new ArrayList<>();
    List<Element> landmarks = new ArrayList<>(); // h1, article and main elements
    List<Element> lowerHeadings = new ArrayList<>();
    String titleTag = null;
    Map<Element, Integer> order = new IdentityHashMap<>(); // positions of h1, time, dated
    int position = 0;
    for (Element e = doc; e != null; e = next(e, doc)) {
      position++;
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
            scripts.add(scriptData(e));
          }
        }
        case "title" -> {
          if (titleTag == null && !inSvg(e)) {
            titleTag = e.text();
          }
        }
        case "time" -> {
          times.add(e);
          order.put(e, position);
        }
        case "h1" -> {
          h1.add(e);
          landmarks.add(e);
          order.put(e, position);
        }
        case "article", "main" -> landmarks.add(e);
        case "h2", "h3" -> lowerHeadings.add(e);
        case "address" -> bylines.add(e);
        default -> {}
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      Attributes attributes = e.attributes(); // present: read without Attr's emptiness checks
      String itemprop = attributes.get("itemprop");
      if (!itemprop.isEmpty() && !e.normalName().equals("meta")) {
        if (itemprop.equalsIgnoreCase("datePublished")
            || itemprop.equalsIgnoreCase("dateCreated")) {
          datedByName.add(datedByItemprop++, e);
          order.put(e, position);
        } else if (itemprop.equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("creator")) {
          bylines.add(e);
        }
      }
      String rel = attributes.get("rel");
      if (!rel.isEmpty()
          && !e.normalName().equals("link")
          && rel.toLowerCase(Locale.ROOT).contains("author")) {
        bylines.add(e);
      }
      String className = attributes.get("class").trim();
      if (!className.isEmpty()) {
        boolean author = pageNames.authorOrBylineClass(e);
        boolean dated = pageNames.dateOrDatedClass(e) && !e.normalName().equals("time");
        if ((author || dated) && fewerChildren(e, 8)) { // a wider element is no byline or date
          if (author) {
            bylines.add(e);
          }
          if (dated) {
            datedByName.add(e);
            order.put(e, position);
          }
        }
      }
    }
    JsonLdArticle ld = JsonLdArticle.read(scripts);
    String site =
        firstNonBlank(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
    List<String> siteNames = new ArrayList<>();
    for (String n :
        new String[] {meta.get("og:site_name"), ld.publisher(), meta.get("application-name")}) {
      if (n != null && !n.isBlank()) {
        siteNames.add(n);
      }
    }
    // A title names the site it was written for, also when a web archive keeps the page.
    SiteIdentity identity = new SiteIdentity(siteNames, SiteIdentity.archivedPage(url));
    List<String> declaredTitles =
        java.util.Arrays.asList(
            unescape(meta.get("og:title")),
            unescape(ld.headline()),
            unescape(meta.get("twitter:title")));
    String title = new TitleChooser(identity).choose(declaredTitles, titleTag, h1, lowerHeadings);
    List<String> authors =
        new AuthorFinder(
                new AuthorCleaner(declaredSite(meta, url)),
                pageNames,
                new OrganizationNames(
                    ld.organizationAuthors(),
                    java.util.Arrays.asList(
                        meta.get("publisher"),
                        meta.get("article:publisher"),
                        meta.get("dc.publisher"))))
            .find(ld.authors(), meta, bylines, doc.body(), new HeadlineHolders(landmarks));
    Element headline = firstHeadline(headline(h1, title));
    Element header = articleHeader(headline);
    VisibleDate.Shown shown =
        new VisibleDate.Shown(
            times,
            datedByName,
            pageNames,
            order,
            headline == null ? -1 : order.getOrDefault(headline, -1),
            header,
            doc.body(),
            url);
    String[] date = date(ld, meta, shown);
    if (date[0] == null) {
      String d = header == null ? null : textDate(header, pageNames);
      String evidence = "page text next to the headline";
      if (d == null) {
        d = textDate(doc.body(), pageNames);
        evidence = "page text";
      }
      if (d != null) {
        date = new String[] {d, evidence};
      }
    }
    return new HtmlMetadata(
        title,
        authors,
        site,
        date[0],
        date[1],
        declaredTitles.stream().filter(t -> t != null && !t.isBlank()).toList(),
        ld.articleBody());
  }

  /**
   * The site as its meta tags name it, without JSON-LD's publisher: a personal blog's publisher is
   * often its author, who must not be mistaken for the site.
   */
  private static SiteIdentity declaredSite(Map<String, String> meta, String url) {
    List<String> names = new ArrayList<>();
    for (String key : new String[] {"og:site_name", "application-name"}) {
      String n = meta.get(key);
      if (n != null && !n.isBlank()) {
        names.add(n);
      }
    }
    return new SiteIdentity(names, url);
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

  /**
   * Whether the element has fewer than {@code n} child elements, counted in place: jsoup's
   * childrenSize() builds and caches a list of them.
   */
  private static boolean fewerChildren(Element e, int n) {
    int elements = 0;
    for (int i = 0, size = e.childNodeSize(); i < size; i++) {
      if (e.childNode(i) instanceof Element && ++elements >= n) {
        return false;
      }
    }
    return true;
  }

  /**
   * The script's text, {@link Element#data()}: the text of its one data node as it is, where data()
   * would copy it (a JSON-LD script can hold a whole article).
   */
  private static String scriptData(Element e) {
    if (e.childNodeSize() == 1 && e.childNode(0) instanceof org.jsoup.nodes.DataNode d) {
      return d.getWholeData();
    }
    return e.data();
  }

  private static boolean inSvg(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("svg")) {
        return true;
      }
    }
    return false;
  }

  private static String[] date(
      JsonLdArticle ld, Map<String, String> meta, VisibleDate.Shown shown) {
    List<Element> times = shown.times();
    List<Element> datedByName = shown.datedByName();
    PageNames names = shown.names();
    String url = shown.url();
    String[] declared =
        DeclaredDates.choose(DeclaredDates.collect(ld.datePublished(), meta), shown);
    if (declared != null) {
      return declared;
    }
    String d;
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
      if (SolidText.longerThan(e, 159)) {
        continue; // its text alone is too long for a byline's date: no need to copy it
      }
      String text = e.hasAttr("title") ? e.attr("title") + " " + e.text() : e.text();
      if (text.length() < 160) {
        d = DateNormalizer.normalize(text);
        if (d != null) {
          return new String[] {d, "byline text"};
        }
      }
    }
    LabelledDates.Found labelled = LabelledDates.find(shown.body(), names);
    if (labelled != null) {
      return new String[] {labelled.date(), "page text labelled \"" + labelled.label() + "\""};
    }
    d = DateNormalizer.fromUrl(url);
    if (d != null) {
      return new String[] {d, "URL"};
    }
    return new String[] {null, null};
  }

  /**
   * The h1 elements with the one that reads as the page's title first ("Bangkok", a category
   * heading, may come before the headline itself); the others follow in document order.
   */
  private static List<Element> headline(List<Element> h1, String title) {
    if (title == null || h1.size() < 2) {
      return h1;
    }
    String t = squashed(title);
    if (t.length() < 8) {
      return h1;
    }
    for (int i = 0; i < h1.size(); i++) {
      String text = squashed(h1.get(i).text());
      if (text.length() >= 8 && (t.contains(text) || text.contains(t))) {
        if (i == 0) {
          return h1;
        }
        List<Element> ordered = new ArrayList<>(h1.size());
        ordered.add(h1.get(i));
        for (int j = 0; j < h1.size(); j++) {
          if (j != i) {
            ordered.add(h1.get(j));
          }
        }
        return ordered;
      }
    }
    return h1;
  }

  private static String squashed(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** The first h1 outside navigation with some text, or null. */
  private static Element firstHeadline(List<Element> h1) {
    for (Element e : h1) {
      if (!insideBoilerplate(e) && !e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }

  /**
   * The part of the page around the headline: its article, or its grandparent; null when there is
   * no headline.
   */
  private static Element articleHeader(Element e) {
    if (e != null) {
      for (Element p = e.parent(); p != null; p = p.parent()) {
        if (p.normalName().equals("article")) {
          return p;
        }
        if (p.normalName().equals("body")) {
          break;
        }
      }
      Element p = e.parent();
      return p != null && p.parent() != null && !p.parent().normalName().equals("body")
          ? p.parent()
          : p;
    }
    return null;
  }

  /**
   * A numeric date opening a paragraph as a dateline, before a dash, colon or the first words
   * ("27.1.2022 - Bei ...", "01.02.2022 „Der ...").
   */
  /** A day, month and two-digit year as the whole of a line ("31.10.23"). */
  private static final Pattern SHORT_YEAR_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2}");

  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "\\s*\\(?(\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2})\\)?"
              + "(?=\\s*[-–—:|]|\\s+[„\"“«\\p{Lu}])");

  /**
   * The first short line of page text that is or holds a date, or a long one that opens with a
   * dateline, outside furniture and comments.
   */
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
        String whole = t.getWholeText();
        if (!mayOpenDateline(whole) && SolidText.longerThan(whole, 119)) {
          continue; // a paragraph, which only a dateline at its start would date
        }
        if (whole.length() < 6 || !anyDigit(whole)) {
          continue; // its normalized text is no shorter and has no digit either
        }
        String text = ShownText.of(t);
        if (text.length() >= 6 && text.length() < 120 && hasDigit(text)) {
          budget[0]--;
          String d = DateNormalizer.normalize(text);
          if (d != null) {
            return d;
          }
        } else if (text.length() <= 10 && SHORT_YEAR_DATE.matcher(text).matches()) {
          budget[0]--; // "31.10.23" alone on its line
          String d = DateNormalizer.normalize(text);
          if (d != null) {
            return d;
          }
        } else if (text.length() >= 120) {
          Matcher lead = LEADING_DATE.matcher(text);
          if (lead.lookingAt()) { // "27.1.2022 - Bei der Gedenkfeier ...": a dateline
            budget[0]--;
            String d = DateNormalizer.normalize(lead.group(1));
            if (d != null) {
              return d;
            }
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

  /**
   * Whether the raw text may open with what {@link #LEADING_DATE} reads: its first character that
   * normalising and {@code \s*} do not pass over is a digit or an opening parenthesis.
   */
  private static boolean mayOpenDateline(String raw) {
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      switch (c) {
        case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u00ad', '\u200b' -> {}
        default -> {
          return c == '(' || isDigit(c);
        }
      }
    }
    return false;
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

  private static boolean anyDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
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
    if (SolidText.longerThan(e, 159)) {
      return null; // too long for a date: no need to copy the text
    }
    String text = e.text();
    return text.length() < 160 ? DateNormalizer.normalize(text) : null;
  }

  /**
   * Whether the element sits in reader comments. A post's own wrapper is not a comment even when
   * its class lists the post's taxonomy ("category-kommentar", "tag-comments": an opinion piece).
   */
  static boolean insideComment(Element e, PageNames names) {
    for (Element p = e; p != null; p = p.parent()) {
      String tag = p.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      if ((names.commentSection(p) || names.commentItem(p)) && !BylineNames.postWrapper(p)) {
        return true;
      }
    }
    return false;
  }

  static boolean insideBoilerplate(Element e) {
    return insideBoilerplate(e, null);
  }

  /**
   * Whether the element sits in navigation, an aside, a page footer or furniture below {@code
   * within} (exclusive; null for the whole page): an aside inside the part of the page around the
   * headline holds the article's own details.
   */
  static boolean insideBoilerplate(Element e, Element within) {
    boolean footer = false;
    for (Element p = e; p != null && p != within; p = p.parent()) {
      switch (p.normalName()) {
        case "nav" -> {
          return true;
        }
        case "aside" -> {
          if (within == null) {
            return true;
          }
        }
        case "footer" -> footer = true;
        case "article" -> footer = false;
        case "body", "html" -> {
          return footer;
        }
        default -> {}
      }
      if (BylineNames.furniture(Attr.className(p))) {
        return true;
      }
    }
    return false;
  }

  private static String unescape(String s) {
    return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
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
