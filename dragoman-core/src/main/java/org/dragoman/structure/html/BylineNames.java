package org.dragoman.structure.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names say about bylines: "byline", "author", "autor", "verfasser", "writer" name an
 * element that holds the article's author; names with "comment" belong to reader comments; and
 * "sidebar", "widget", "related" name page furniture whose names and dates are not the article's.
 */
final class BylineNames {
  private static final String[] BYLINE = {
    "byline",
    "author",
    "autor",
    "verfasser",
    "writer",
    "byl",
    "creator",
    "journalist",
    "submitted",
    "auteur",
    "contributor",
    "signature"
  };
  private static final String[] DATED = {
    "date", "datum", "publish", "posted", "created", "fecha", "dateline", "pubtime"
  };
  private static final String[] FURNITURE = {"sidebar", "widget", "related", "teaser-list"};

  private static final int SHORTEST_FURNITURE =
      java.util.Arrays.stream(FURNITURE).mapToInt(String::length).min().orElseThrow();

  /** Tokens that name the main content even beside "widget" (Blogger's "widget Blog"). */
  private static final java.util.Set<String> MAIN_TOKENS =
      java.util.Set.of("blog", "main", "post", "content", "article", "hentry");

  /** BEM element names of a layout's main column. */
  private static final java.util.Set<String> MAIN_ELEMENTS =
      java.util.Set.of("main", "content", "article", "body", "primary", "post");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final String[] NOT_FURNITURE = {"wrap", "parent", "container", "has-", "with-"};

  private BylineNames() {}

  /** Whether a class attribute names a byline of the article (not of a comment or a bio box). */
  static boolean byline(String className) {
    if (className.isEmpty()) {
      return false;
    }
    String c = className.toLowerCase(Locale.ROOT);
    if (c.contains("comment") || c.contains("avatar") || c.contains("author-bio")) {
      return false;
    }
    for (String b : BYLINE) {
      if (c.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a class attribute names page furniture around the article: a class token that starts
   * with "sidebar", "widget" or "related" ("sidebar-main"), but not a wrapper or a state that holds
   * the article too ("content-sidebar-wrap", "has-sidebar").
   */
  static boolean furniture(String className) {
    if (className.length() < SHORTEST_FURNITURE) {
      return false; // lower-casing adds only the combining dot of an "İ", which no name holds
    }
    String c = className.toLowerCase(Locale.ROOT);
    if (!containsAny(c, FURNITURE)) {
      return false;
    }
    String[] tokens = SPACES.split(c);
    for (String token : tokens) {
      if (MAIN_TOKENS.contains(token)) {
        return false;
      }
    }
    for (String token : tokens) {
      for (String f : FURNITURE) {
        if (token.startsWith(f) && !wrapper(token) && !mainElement(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a BEM token names the main column of a layout with a sidebar ("sidebar__main",
   * "st-sidebar__content"), not the sidebar itself ("sidebar__aside").
   */
  private static boolean mainElement(String token) {
    int element = token.lastIndexOf("__");
    return element >= 0 && MAIN_ELEMENTS.contains(token.substring(element + 2));
  }

  /** Whether the text contains one of the words (a token starting with one contains it). */
  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean wrapper(String token) {
    for (String n : NOT_FURNITURE) {
      if (token.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class attribute names an element that shows the article's date. */
  static boolean dated(String className) {
    if (className.isEmpty()) {
      return false;
    }
    String c = className.toLowerCase(Locale.ROOT);
    if (c.contains("update") || c.contains("modified") || c.contains("comment")) {
      return false;
    }
    for (String d : DATED) {
      if (c.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element wraps a whole post (WordPress "hentry", "type-post", an article). */
  static boolean postWrapper(Element e) {
    if (e.normalName().equals("article")) {
      return !Attr.className(e).toLowerCase(Locale.ROOT).startsWith("comment");
    }
    String c = Attr.className(e);
    return c.contains("hentry") || c.contains("type-post") || c.contains("status-publish");
  }
}
