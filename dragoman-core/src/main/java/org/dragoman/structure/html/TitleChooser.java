package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses a page's title: the visible headline (an h1, else an h2 or h3) that the page's declared
 * titles (og:title, JSON-LD headline, twitter:title, {@code <title>}) confirm, since it is what the
 * reader sees; else a heading named as the post's title when the page declares only its site's
 * name; else the first h1 that is not the site's name; else the declared title without its
 * site-name part.
 *
 * <p>A heading is confirmed, for each declared title in order of trust, by saying it exactly; by
 * holding it as one of its parts beside a kicker or subheadline of its own ("Tunesien" + "Große
 * Aufgaben für die neue Regierung"), or as a longer form of it; and, failing all those, by being
 * the heading that covers the most of a declared title ("Archiv" loses to "Podcasts in Plex
 * einbinden" in "Blog Archiv » Podcasts in Plex einbinden"). An h1 that says the site-name part of
 * a declared title ("Headline | Blog Name" over an h1 "Blog Name") is the site's banner.
 */
final class TitleChooser {
  private static final int MAX_HEADINGS = 12;
  private static final int MAX_PARTS = 12;
  private static final int MIN_LONGER_FORM_WORDS = 3;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_CHARS = Pattern.compile("[\\s\\p{Zs}]+");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s:|–—-]+");

  private final SiteIdentity site;

  TitleChooser(SiteIdentity site) {
    this.site = site;
  }

  /** A title the page declares: as written and without its site-name part, both comparable. */
  private record Declared(String raw, String rawNorm, String cleanNorm) {}

  /**
   * A heading that may be the title: its text (without kicker), that text comparable, the text
   * without a site-name part, whether it is an h1, and whether it reads like the site's name (such
   * a heading is the title only when a declared title says it exactly).
   */
  private record Heading(
      Element element,
      String text,
      String norm,
      String cleaned,
      String cleanedNorm,
      boolean top,
      boolean siteLike) {}

  /**
   * The title.
   *
   * @param metaTitles titles the page declares, most trusted first (null entries allowed)
   * @param titleTag the {@code <title>} element's text, or null
   * @param h1 the page's h1 elements in document order
   * @param lower its h2 and h3 elements in document order
   */
  String choose(List<String> metaTitles, String titleTag, List<Element> h1, List<Element> lower) {
    List<String> raws = new ArrayList<>();
    for (String m : metaTitles) {
      if (m != null && !m.isBlank()) {
        raws.add(m);
      }
    }
    boolean noMetaTitle = raws.isEmpty();
    boolean hasTag = titleTag != null && !titleTag.isBlank();
    if (hasTag) {
      raws.add(titleTag);
    }
    SiteIdentity known = site;
    List<TitleCleaner.Parts> parts = new ArrayList<>(raws.size());
    for (String raw : raws) {
      parts.add(TitleCleaner.Parts.of(raw)); // split once for the banner and the cleaner
    }
    List<Shown> shownTops = shown(h1);
    String banner = banner(shownTops, parts);
    if (banner != null) {
      known = site.withName(banner);
    }
    TitleCleaner cleaner = new TitleCleaner(known);
    List<Declared> declared = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      String raw = raws.get(i);
      boolean isTag = hasTag && i == raws.size() - 1;
      declared.add(
          new Declared(
              raw,
              HeadlineText.normal(raw),
              HeadlineText.normal(cleaner.clean(parts.get(i), isTag))));
    }
    List<Heading> tops = headings(shownTops, true, known, cleaner);
    LowerHeadings lowers = new LowerHeadings(lower, known, cleaner);
    if (!declared.isEmpty()) {
      Heading[] which = new Heading[1];
      String h = confirmed(declared, tops, lowers, which);
      if (h != null) {
        // A blog whose <title> is only its name shows that name as an h1 banner, and the post's
        // title in a heading named as such; a lower heading that says the <title> is the headline.
        if (which[0].top()
            && noMetaTitle
            && HeadlineText.normal(h).equals(HeadlineText.normal(titleTag))) {
          String post = titled(lower, known);
          if (post != null && !HeadlineText.normal(post).equals(HeadlineText.normal(h))) {
            return post;
          }
        }
        return h;
      }
    }
    if (noMetaTitle) {
      String post = titled(h1, known);
      if (post == null) {
        post = titled(lower, known);
      }
      if (post != null) {
        return post;
      }
    }
    for (Heading h : tops) {
      if (!h.siteLike()) {
        return h.cleaned();
      }
    }
    if (!noMetaTitle) {
      return cleaner.clean(raws.get(0), false);
    }
    if (hasTag) {
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
   * The confirmed heading's text, or null; {@code which} receives the heading. For each declared
   * title in order of trust: an h1 that says it, an h1 that holds it as a part or a longer form, a
   * lower heading that says it, a lower heading that holds it as a part. Then the h1 that covers
   * the most of a declared title, else such a lower heading.
   */
  private static String confirmed(
      List<Declared> declared, List<Heading> tops, LowerHeadings lowerHeadings, Heading[] which) {
    for (Declared d : declared) {
      for (int l = 0; l < 2; l++) {
        List<Heading> level = l == 0 ? tops : lowerHeadings.get();
        for (Heading h : level) {
          String t = exact(h, d);
          if (t != null) {
            which[0] = h;
            return t;
          }
        }
        for (Heading h : level) {
          if (h.siteLike()) {
            continue;
          }
          String t = part(h, d);
          if (t == null && h.top()) {
            t = longerForm(h, d);
          }
          if (t != null) {
            which[0] = h;
            return t;
          }
        }
      }
    }
    Heading best = widest(tops, declared);
    Heading lower = widest(lowerHeadings.get(), declared);
    if (best == null
        || lower != null
            && words(best.cleaned()) == 1
            && lower.cleanedNorm().length() > best.cleanedNorm().length()) {
      best = lower;
    }
    if (best != null) {
      which[0] = best;
      return best.cleaned();
    }
    return null;
  }

  /**
   * The heading that covers the most of a declared title, as whole words; the first of equals. A
   * one-word h1 ("Literatur", "Neuigkeiten") yields to a lower heading that covers more.
   */
  private static Heading widest(List<Heading> headings, List<Declared> declared) {
    Heading best = null;
    int bestLength = 0;
    for (Heading h : headings) {
      int n = h.cleanedNorm().length();
      if (n <= bestLength || h.siteLike()) {
        continue;
      }
      for (Declared d : declared) {
        if (holdsWords(d.cleanNorm(), h.cleanedNorm())) {
          best = h;
          bestLength = n;
          break;
        }
      }
    }
    return best;
  }

  /** The heading's text when it says the declared title, with or without the site-name part. */
  private static String exact(Heading h, Declared d) {
    if (h.norm().equals(d.cleanNorm()) || h.norm().equals(d.rawNorm())) {
      return spacedLike(h.text(), d.raw());
    }
    if (h.cleanedNorm().equals(d.cleanNorm())) {
      return spacedLike(h.cleaned(), d.raw());
    }
    return null;
  }

  /**
   * The heading's text with a space before a colon dropped when the declared title has none there
   * (a kicker set apart by markup, "Kicker : Headline", declared as "Kicker: Headline").
   */
  private static String spacedLike(String heading, String declared) {
    if (!heading.contains(" : ")) {
      return heading;
    }
    String d = SPACE_CHARS.matcher(declared).replaceAll(" ");
    return !d.contains(" : ") && d.contains(": ") ? heading.replace(" : ", ": ") : heading;
  }

  /**
   * The part of a heading that is the declared title, when the heading's own markup sets the rest
   * apart: a kicker before it or a subheadline after it ("Tunesien" + "Große Aufgaben für die neue
   * Regierung"); or the rest after a kicker that the declared title writes as its own first part
   * ("Einheit der Woche" over "Lagen-Pyramide mit GA2", declared as "Einheit der Woche |
   * Lagen-Pyramide mit GA2").
   */
  private static String part(Heading h, Declared d) {
    if (h.element().firstElementChild() == null) {
      return null;
    }
    List<String> pieces = pieces(h.element());
    int n = pieces.size();
    if (n < 2) {
      return null;
    }
    for (int i = 1; i < n; i++) {
      String head = String.join("", pieces.subList(0, i));
      String tail = String.join("", pieces.subList(i, n));
      String headNorm = HeadlineText.normal(head);
      String tailNorm = HeadlineText.normal(tail);
      if (headNorm.isEmpty() || tailNorm.isEmpty()) {
        continue;
      }
      if (tailNorm.equals(d.cleanNorm()) || headNorm.equals(d.cleanNorm())) {
        return clip(tailNorm.equals(d.cleanNorm()) ? tail : head);
      }
      if (kickerPart(d.rawNorm(), headNorm) && tailNorm.length() >= 3) {
        return clip(tail);
      }
    }
    return null;
  }

  /** Whether the declared title opens with the kicker as a part of its own ("Kicker | ..."). */
  private static boolean kickerPart(String declared, String kicker) {
    if (!declared.startsWith(kicker) || declared.length() == kicker.length()) {
      return false;
    }
    String rest = declared.substring(kicker.length());
    return rest.startsWith(" | ")
        || rest.startsWith(" - ")
        || rest.startsWith(": ")
        || rest.startsWith(" : ")
        || rest.startsWith(" / ")
        || rest.startsWith(" :: ")
        || rest.startsWith(" » ")
        || rest.startsWith(" · ")
        || rest.startsWith(" • ")
        || rest.startsWith("|");
  }

  /**
   * The whole h1 when it opens with the declared title in one run of text and goes on ("Saftiger
   * Zitronenkuchen vom Blech: einfach köstlich!" declared as "Saftiger Zitronenkuchen vom Blech"):
   * the declared title is a shortened form of the headline.
   */
  private static String longerForm(Heading h, Declared d) {
    String t = d.cleanNorm();
    if (t.isEmpty() || SPACES.split(t).length < MIN_LONGER_FORM_WORDS) {
      return null;
    }
    String n = h.norm();
    if (n.length() > t.length()
        && n.startsWith(t)
        && !Character.isLetterOrDigit(n.charAt(t.length()))) {
      return h.text();
    }
    return null;
  }

  /** Whether {@code text} holds {@code words} as whole words ("domradio" does not hold "radio"). */
  static boolean holdsWords(String text, String words) {
    if (words.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }

  private static String clip(String s) {
    return LEADING_MARKS.matcher(WhiteSpace.singleSpaced(s)).replaceAll("").strip();
  }

  /**
   * The text of an h1 that is the site's banner: it says one end of a declared title beside the
   * headline part ("Rinderleber-Geschnetzeltes mit Apfel und Zwiebel | Liebe geht durch den Magen"
   * over an h1 "Liebe geht durch den Magen"), and the h1 is named as the site's title or logo; or
   * the end is no longer than the rest and its outer part names the site by its host or declared
   * name, or (for one end after one headline part, outside the article) the headline part has two
   * words or more.
   */
  private String banner(List<Shown> h1, List<TitleCleaner.Parts> raws) {
    if (h1.isEmpty()) {
      return null;
    }
    for (TitleCleaner.Parts raw : raws) {
      String t = raw.text();
      List<int[]> seps = raw.separators();
      for (int s = 0; s < seps.size(); s++) {
        int[] sep = seps.get(s);
        String before = t.substring(0, sep[0]).strip();
        String after = t.substring(sep[1]).strip();
        String afterNorm = HeadlineText.normal(after);
        String beforeNorm = HeadlineText.normal(before);
        for (Shown h : h1) {
          String n = h.norm();
          Element e = h.element();
          if (n.equals(afterNorm)
              && (siteClass(e)
                  || before.length() >= after.length()
                      && (namesSite(t, seps, seps.size())
                          || s == 0 && words(before) >= 2 && !inArticle(e)))) {
            return after;
          }
          if (n.equals(beforeNorm)
              && (siteClass(e) || after.length() >= before.length() && namesSite(t, seps, 0))) {
            return before;
          }
        }
      }
    }
    return null;
  }

  private static boolean inArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.normalName().equals("main")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the title's part {@code i} (between separators i - 1 and i) names the site. */
  private boolean namesSite(String t, List<int[]> seps, int i) {
    int start = i == 0 ? 0 : seps.get(i - 1)[1];
    int end = i == seps.size() ? t.length() : seps.get(i)[0];
    return start < end && site.names(t.substring(start, end));
  }

  /**
   * Whether the heading or an element just above it is named as the site's title, name or logo, and
   * the heading is not named as the article's title.
   */
  private static boolean siteClass(Element e) {
    if (titleClass(e.className())) {
      return false;
    }
    Element p = e;
    for (int up = 0; up < 3 && p != null; up++, p = p.parent()) {
      String c = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (c.contains("site-title")
          || c.contains("site-name")
          || c.contains("sitename")
          || c.contains("sitetitle")
          || c.contains("logo")
          || c.contains("brand")) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  /**
   * The h2 and h3 headings that may be the title, worked out on first need: most pages' h1 says a
   * declared title, and their lower headings are never read.
   */
  private static final class LowerHeadings {
    private final List<Element> elements;
    private final SiteIdentity known;
    private final TitleCleaner cleaner;
    private List<Heading> headings;

    LowerHeadings(List<Element> elements, SiteIdentity known, TitleCleaner cleaner) {
      this.elements = elements;
      this.known = known;
      this.cleaner = cleaner;
    }

    List<Heading> get() {
      if (headings == null) {
        headings = headings(shown(elements), false, known, cleaner);
      }
      return headings;
    }
  }

  /** A heading the reader sees, with its text and that text comparable. */
  private record Shown(Element element, String text, String norm) {}

  /** The first {@value #MAX_HEADINGS} headings, those with a text the reader sees. */
  private static List<Shown> shown(List<Element> elements) {
    List<Shown> out = new ArrayList<>();
    int seen = 0;
    for (Element e : elements) {
      if (seen++ >= MAX_HEADINGS) {
        break;
      }
      String t = text(e);
      if (t != null) {
        out.add(new Shown(e, t, HeadlineText.normal(t)));
      }
    }
    return out;
  }

  private static List<Heading> headings(
      List<Shown> shown, boolean top, SiteIdentity known, TitleCleaner cleaner) {
    List<Heading> out = new ArrayList<>();
    for (Shown s : shown) {
      String t = s.text();
      if (known.is(t)) {
        continue;
      }
      String c = cleaner.clean(t, false);
      String n = c.equals(t) ? s.norm() : HeadlineText.normal(c);
      if (n.length() >= 3) {
        out.add(new Heading(s.element(), t, s.norm(), c, n, top, known.names(t)));
      }
    }
    return out;
  }

  /**
   * The heading's text pieces in order, without named kickers and text hidden for screen readers.
   */
  private static List<String> pieces(Element e) {
    List<String> out = new ArrayList<>();
    collect(e, out);
    return out.size() > MAX_PARTS ? List.of() : out;
  }

  private static void collect(Element e, List<String> out) {
    for (int i = 0, size = e.childNodeSize(); i < size; i++) { // childNodes() would copy the list
      Node n = e.childNode(i);
      if (out.size() > MAX_PARTS) {
        return;
      }
      if (n instanceof TextNode t) {
        if (!t.isBlank()) {
          out.add(ShownText.of(t));
        } else if (!out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + " ");
        }
      } else if (n instanceof Element c) {
        String cls = Attr.className(c).toLowerCase(Locale.ROOT);
        if (hidden(cls) || kicker(cls)) {
          continue;
        }
        String tag = c.normalName();
        if (tag.equals("br") && !out.isEmpty()) {
          out.set(out.size() - 1, out.get(out.size() - 1) + " ");
        } else if (!tag.equals("rt") && !tag.equals("rp")) {
          collect(c, out);
        }
      }
    }
  }

  /**
   * The first heading named as an article's title ("entry-title", "post-title", "headline"), itself
   * or through its parent: a blog whose page title is only the blog's name shows the post's title
   * this way.
   */
  private static String titled(List<Element> headings, SiteIdentity known) {
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
      if (t != null && !known.names(t)) {
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
        && !c.contains("sidebar")
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

  /**
   * The heading's text without kicker and hidden text, or null when it is outside the article,
   * hidden, a kicker itself, empty, longer than a headline, or has no letter or digit ("...").
   */
  private static String text(Element e) {
    String own = Attr.className(e).toLowerCase(Locale.ROOT);
    if (outsideArticle(e) || hidden(own) || kicker(own) || SolidText.longerThan(e, 300)) {
      return null;
    }
    String t = e.text().strip();
    if (t.isEmpty() || t.length() > 300 || !hasLetterOrDigit(t)) {
      return null;
    }
    if (e.firstElementChild() != null) { // a child element: childrenSize() would build a list
      StringBuilder b = new StringBuilder();
      if (withoutKicker(e, b)) {
        String h = clip(b.toString());
        if (!h.isEmpty() && hasLetterOrDigit(h)) {
          return h;
        }
      }
    }
    return t;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes the heading's text without its kicker (the small line over a headline, "dachzeile",
   * "overline") and without text hidden for screen readers; true when a kicker was left out.
   */
  private static boolean withoutKicker(Element e, StringBuilder out) {
    boolean found = false;
    for (int i = 0, size = e.childNodeSize(); i < size; i++) { // childNodes() would copy the list
      Node n = e.childNode(i);
      if (n instanceof TextNode t) {
        out.append(ShownText.of(t));
      } else if (n instanceof Element c) {
        String cls = Attr.className(c).toLowerCase(Locale.ROOT);
        if (c.normalName().equals("rt") || c.normalName().equals("rp")) {
          found = true;
        } else if (kicker(cls) || (!cls.isEmpty() && subheading(cls))) {
          found = true;
          out.append(' ');
        } else if (hidden(cls)) {
          out.append(' ');
        } else {
          found |= withoutKicker(c, out);
        }
      }
    }
    return found;
  }

  /** Text hidden for screen readers only. */
  private static boolean hidden(String cls) {
    return !cls.isEmpty()
        && (cls.contains("visually-hidden")
            || cls.contains("visuallyhidden")
            || cls.contains("sr-only")
            || cls.contains("aural")
            || cls.contains("screen-reader")
            || cls.contains("hiddendash"));
  }

  private static boolean kicker(String cls) {
    return !cls.isEmpty()
        && (cls.contains("kicker")
            || cls.contains("dachzeile")
            || cls.contains("overline")
            || cls.contains("topline")
            || cls.contains("toptitle")
            || cls.contains("roofline")
            || cls.contains("eyebrow")
            || cls.contains("supertitle")
            || cls.contains("spitzmarke")
            || cls.contains("strapline")
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
}
