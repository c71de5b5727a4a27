package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the article's authors from the sources a page offers, in order of trust: JSON-LD author,
 * author meta tags, then byline markup in the page ({@code itemprop=author}, {@code rel=author},
 * elements named "byline", "author", "autor", "verfasser"...). The first source that yields a
 * person's name wins; values that name no one ("admin", the site) fall through to the next. When no
 * person is named, the weaker credits follow: a desk or team, an organization, and last the site
 * itself when the page's JSON-LD or meta tags declare it as the author.
 */
final class AuthorFinder {
  private static final String[] AUTHOR_META = {
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "twitter:creator",
    "shareaholic:article_author_name"
  };
  private static final Pattern WRITTEN_BY =
      Pattern.compile("(?iu)written|verfasst|geschrieben|autor|author|auteur|escrito");

  /** Elements inside a byline that hold a name, parsed once (jsoup does not cache queries). */
  private static final Evaluator NAME_INSIDE =
      Selector.evaluatorOf(
          "[itemprop=name], .fn, .author-name, .authorname, a[rel~=author], a[href*=/author/],"
              + " a[href*=/autor/], a[href*=/authors/], a[href*=/autoren/]");

  private static final int MAX_BYLINES = 60;

  private final AuthorCleaner cleaner;
  private final PageNames names;
  private final OrganizationNames organizations;

  AuthorFinder(AuthorCleaner cleaner, PageNames names, OrganizationNames organizations) {
    this.cleaner = cleaner;
    this.names = names;
    this.organizations = organizations;
  }

  /**
   * The authors.
   *
   * @param jsonLd author names from JSON-LD
   * @param meta the page's meta tags, lower-cased keys
   * @param bylines byline candidates in document order
   * @param holders the elements that hold the page's headline, article or main part
   */
  List<String> find(
      List<String> jsonLd,
      Map<String, String> meta,
      List<Element> bylines,
      Element body,
      HeadlineHolders holders) {
    FirstLine firstLine = new FirstLine(holders);
    List<String> out = first(jsonLd, meta, bylines, body, firstLine);
    if (out.size() == 1 && FullerName.thin(out.get(0))) {
      String full = fuller(out.get(0), jsonLd, meta, bylines, body, firstLine);
      if (full != null) {
        return List.of(full);
      }
    }
    return out;
  }

  /**
   * The full name the page gives elsewhere for a thin credit (a first name, a login): a name from
   * another source that spells it out, or the name after the first name in a byline or an author
   * box; null when there is none.
   */
  private String fuller(
      String thin,
      List<String> jsonLd,
      Map<String, String> meta,
      List<Element> bylines,
      Element body,
      FirstLine firstLine) {
    // The credits in order of trust, each read only when those before it name no fuller form.
    for (String credit : jsonLd) {
      String n = fullerIn(thin, credit);
      if (n != null) {
        return n;
      }
    }
    for (String key : AUTHOR_META) {
      String n = fullerIn(thin, meta.get(key));
      if (n != null) {
        return n;
      }
    }
    int seen = 0;
    List<Element> boxes = new ArrayList<>();
    for (Element e : bylines) {
      if (seen++ >= MAX_BYLINES) {
        break;
      }
      if (!MetadataExtractor.insideComment(e, names)) {
        boxes.add(e);
        String n = fullerIn(thin, bylineText(e));
        if (n != null) {
          return n;
        }
      }
    }
    String fromLine = fullerIn(thin, firstLine.of(body, names));
    if (fromLine != null) {
      return fromLine;
    }
    if (!FullerName.firstNameAlone(thin)) {
      return null; // only a first name is looked for in the text around a byline
    }
    for (Element e : boxes) {
      Element box = e;
      for (int up = 0; up < 3 && box != null; up++, box = box.parent()) {
        if (SolidText.longerThan(box, 600) || box.text().length() > 600) {
          break; // the byline, then the author box around it, not the page
        }
        for (Element inner : box.getAllElements()) {
          for (TextNode line : inner.textNodes()) { // one text node: "Tobi<br>Hallo" is no name
            for (String full : FullerName.inText(thin, ShownText.of(line))) {
              if (cleaner.names(full).equals(List.of(full))) {
                return full;
              }
            }
          }
        }
      }
    }
    return null;
  }

  /** The first name of the credit that is a fuller form of {@code thin}, or null. */
  private String fullerIn(String thin, String credit) {
    if (credit != null) {
      for (String n : cleaner.names(credit)) {
        if (FullerName.fuller(thin, n)) {
          return n;
        }
      }
    }
    return null;
  }

  private List<String> first(
      List<String> jsonLd,
      Map<String, String> meta,
      List<Element> bylines,
      Element body,
      FirstLine firstLine) {
    List<String> out = new ArrayList<>();
    String[] desk = {null, null};
    String siteCredit = null;
    for (String a : jsonLd) {
      add(a, out, desk);
      siteCredit = siteCredit != null ? siteCredit : cleaner.siteCredit(a);
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (String key : AUTHOR_META) {
      String v = meta.get(key);
      if (v != null) {
        add(v, out, desk);
        if (!out.isEmpty()) {
          return out;
        }
        siteCredit = siteCredit != null ? siteCredit : cleaner.siteCredit(v);
      }
    }
    for (int i = 1; i <= 4; i++) {
      String label = meta.get("twitter:label" + i);
      if (label != null && WRITTEN_BY.matcher(label).find()) {
        add(meta.get("twitter:data" + i), out, desk);
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    int seen = 0;
    for (Element e : bylines) {
      if (seen++ >= MAX_BYLINES) {
        break;
      }
      if (MetadataExtractor.insideBoilerplate(e) || MetadataExtractor.insideComment(e, names)) {
        continue;
      }
      add(bylineText(e), out, desk);
      if (!out.isEmpty()) {
        return out;
      }
    }
    String line =
        BylineLine.find(
            body,
            names,
            firstLine.holders,
            firstLine.recording(
                l -> cleaner.names(l).stream().anyMatch(n -> !organizations.organization(l, n))));
    if (line != null) {
      add(line, out, desk);
    }
    if (out.isEmpty() && desk[0] != null) {
      out.add(desk[0]);
    }
    if (out.isEmpty() && desk[1] != null) {
      out.add(desk[1]);
    }
    if (out.isEmpty() && siteCredit != null) {
      out.add(siteCredit);
    }
    return out;
  }

  /**
   * The page text's first byline line, whatever it names: seen on the way when the search for one
   * that names a person ran, else looked for on demand.
   */
  private static final class FirstLine {
    private final HeadlineHolders holders;
    private boolean searched;
    private String line;

    FirstLine(HeadlineHolders holders) {
      this.holders = holders;
    }

    /** The test of a search, recording the first line it is asked about. */
    Predicate<String> recording(Predicate<String> accepted) {
      searched = true;
      return l -> {
        if (line == null) {
          line = l;
        }
        return accepted.test(l);
      };
    }

    String of(Element body, PageNames names) {
      return searched ? line : BylineLine.find(body, names, holders, l -> true);
    }
  }

  private static String bylineText(Element e) {
    if (e.hasAttr("content")) {
      return e.attr("content");
    }
    List<Element> inside = e.select(NAME_INSIDE);
    inside.remove(e);
    if (!inside.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (Element n : inside) {
        if (insideAnother(n, inside)) {
          continue;
        }
        String t = n.hasAttr("content") ? n.attr("content") : n.text();
        if (!t.isBlank()) {
          b.append(b.length() == 0 ? "" : ", ").append(t.strip());
        }
      }
      if (b.length() > 0) {
        return b.toString();
      }
    }
    String t = e.wholeText();
    return t.length() > 200 ? null : t;
  }

  /** Whether one of the elements is an ancestor of {@code e}. */
  private static boolean insideAnother(Element e, List<Element> elements) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (elements.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the persons a credit names to {@code out}; keeps a desk credit in {@code weaker[0]} and an
   * organization in {@code weaker[1]} (the first of each), used only when no person is found.
   */
  private void add(String raw, List<String> out, String[] desk) {
    if (raw == null) {
      return;
    }
    String whole = raw.strip();
    if (whole.length() <= 60
        && whole.indexOf(',') < 0
        && whole.indexOf(';') < 0
        && OrganizationNames.legalForm(whole)
        && !cleaner.names(whole).isEmpty()) {
      if (desk[1] == null) { // "Brenner & Vogt GmbH" is one firm, not two people
        desk[1] = whole;
      }
      return;
    }
    for (String f : cleaner.names(raw)) {
      if (organizations.organization(raw, f) || cleaner.namesSite(f)) {
        if (desk[1] == null) {
          desk[1] = f;
        }
      } else if (!out.contains(f)) {
        out.add(f);
      }
    }
    if (out.isEmpty() && desk[0] == null) {
      desk[0] = cleaner.deskCredit(raw);
    }
  }
}
