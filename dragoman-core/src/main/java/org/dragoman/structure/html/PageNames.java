package org.dragoman.structure.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What the class, id and role names of a page's elements say (see {@link ClassPatterns}), worked
 * out once per distinct name and once per element: pages repeat the same names many times. One
 * instance serves one page read on one thread.
 */
final class PageNames {
  private static final int BOILER = 1;
  private static final int SURE = 2;
  private static final int ARTICLE = 4;
  private static final int HINT = 8;
  private static final int POSITIVE = 16;
  private static final int NEGATIVE = 32;
  private static final int COMMENT_SECTION = 64;
  private static final int COMMENT_ITEM = 128;
  private static final int AUTHOR = 256;
  private static final int DATE = 512;
  private static final int BAD = 1024;
  private static final int GOOD = 2048;
  private static final int ROLE = 4096;
  private static final int OVERLAY = 8192;
  private static final int NARROW = 65536;
  private static final int INGREDIENTS = 131072;
  private static final int REVIEWS = 262144;

  /** The class attribute as a whole reads like a byline ({@link BylineNames#byline}). */
  private static final int BYLINE_CLASS = 16384;

  /** The class attribute as a whole reads like a date ({@link BylineNames#dated}). */
  private static final int DATED_CLASS = 32768;

  private static final Set<String> ROLE_BOILERPLATE =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar");

  private final Map<String, Integer> classes = new HashMap<>(256);
  private final Map<Element, Integer> elements = new IdentityHashMap<>(1024);

  /** Whether the element is named like boilerplate and not like the article. */
  boolean boilerplate(Element e) {
    int m = mask(e);
    return (m & BAD) != 0 && (m & GOOD) == 0;
  }

  boolean sureBoilerplate(Element e) {
    return (mask(e) & SURE) != 0;
  }

  boolean bodyHint(Element e) {
    return (mask(e) & HINT) != 0;
  }

  boolean commentSection(Element e) {
    return (mask(e) & COMMENT_SECTION) != 0;
  }

  boolean commentItem(Element e) {
    return (mask(e) & COMMENT_ITEM) != 0;
  }

  /** Whether the element is named as an author's or its class reads like a byline. */
  boolean authorOrBylineClass(Element e) {
    return (mask(e) & (AUTHOR | BYLINE_CLASS)) != 0;
  }

  /** Whether the element is named as a date or its class reads like a date. */
  boolean dateOrDatedClass(Element e) {
    return (mask(e) & (DATE | DATED_CLASS)) != 0;
  }

  /** Whether the element is named as an author's or as a date. */
  boolean authorOrDateClass(Element e) {
    return (mask(e) & (AUTHOR | DATE)) != 0;
  }

  /** {@link BylineNames#byline} of the element's class attribute, worked out once per attribute. */
  boolean bylineClass(Element e) {
    return (mask(e) & BYLINE_CLASS) != 0;
  }

  /** {@link BylineNames#dated} of the element's class attribute, worked out once per attribute. */
  boolean datedClass(Element e) {
    return (mask(e) & DATED_CLASS) != 0;
  }

  /** Whether the element is named as a recipe's ingredient list ("ingredients", "zutaten"). */
  boolean ingredients(Element e) {
    return (mask(e) & INGREDIENTS) != 0;
  }

  /**
   * How much a candidate for the article inside the element counts by the element's names: 0.1
   * inside a box shown over the page, 0.3 inside a box of customers' reviews, 0.6 inside a narrow
   * column, else 1 (the least that applies; one reading of the names for the three).
   */
  double placementShare(Element e) {
    int m = mask(e);
    if ((m & OVERLAY) != 0) {
      return 0.1;
    }
    if ((m & REVIEWS) != 0) {
      return 0.3;
    }
    return (m & NARROW) != 0 ? 0.6 : 1;
  }

  /** Readability's class weight: +25 for article-like names, -25 for boilerplate-like names. */
  int weight(Element e) {
    int m = mask(e);
    int w = 0;
    if ((m & NEGATIVE) != 0) {
      w -= 25;
    }
    if ((m & POSITIVE) != 0) {
      w += 25;
    }
    if ((m & HINT) != 0) {
      w += 25;
    }
    return w;
  }

  private int mask(Element e) {
    if (e.attributesSize() == 0) {
      return 0;
    }
    Integer cached = elements.get(e);
    if (cached != null) {
      return cached;
    }
    Attributes attributes = e.attributes();
    String cls = attributes.get("class").trim();
    int m = cls.isEmpty() ? 0 : classMask(cls);
    String id = attributes.get("id");
    if (!id.isEmpty() && !namedByText(e)) {
      m = add(m, tokenMask(id, 0, id.length()), true);
      if (id.startsWith("comment-")
          || id.startsWith("li-comment-")
          || id.startsWith("div-comment-")) {
        m |= COMMENT_ITEM;
      }
    }
    String role = attributes.get("role");
    if (!role.isEmpty()) {
      m = add(m, tokenMask(role, 0, role.length()), false);
      String r = role.toLowerCase(Locale.ROOT);
      if (ROLE_BOILERPLATE.contains(r)) {
        m |= BAD;
      }
      if (r.equals("dialog") || r.equals("alertdialog")) {
        m |= OVERLAY;
      }
    }
    elements.put(e, m);
    return m;
  }

  /** What a whole class attribute says: pages repeat the same attribute on many elements. */
  private int classMask(String cls) {
    Integer cached = classes.get(cls);
    if (cached != null) {
      return cached;
    }
    int m = 0;
    int start = -1;
    boolean postClass = postClass(cls);
    for (int i = 0; i <= cls.length(); i++) {
      boolean space = i == cls.length() || whitespace(cls.charAt(i));
      if (space) {
        if (start >= 0) {
          if (!postClass || !taxonomy(cls, start)) {
            m = add(m, tokenMask(cls, start, i), false);
          }
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (BylineNames.byline(cls)) {
      m |= BYLINE_CLASS;
    }
    if (BylineNames.dated(cls)) {
      m |= DATED_CLASS;
    }
    classes.put(cls, m);
    return m;
  }

  /** {@link Character#isWhitespace}, checking ASCII (all white space at or below ' ') first. */
  private static boolean whitespace(char c) {
    return c < 0x80 ? c <= ' ' && Character.isWhitespace(c) : Character.isWhitespace(c);
  }

  /**
   * Whether a class attribute is a blog post's own (WordPress writes "post type-post hentry" with
   * the post's categories and tags as "category-SLUG" and "tag-SLUG"): those slugs name the post's
   * topic, so a post filed under "Kommentare" or tagged "newsletter" is neither comments nor
   * boilerplate.
   */
  private static boolean postClass(String cls) {
    return (cls.contains("type-") || cls.contains("hentry"))
        && (cls.contains("category-") || cls.contains("tag-"));
  }

  /** Whether the class token at {@code start} is a post's category or tag. */
  private static boolean taxonomy(String cls, int start) {
    return cls.startsWith("category-", start) || cls.startsWith("tag-", start);
  }

  /** Headings and paragraphs often get ids made from their own words ("next-steps"). */
  private static boolean namedByText(Element e) {
    String tag = e.normalName();
    return tag.equals("p") || Tags.heading(tag);
  }

  private static int add(int m, int t, boolean isId) {
    int r =
        m
            | (t
                & (SURE
                    | HINT
                    | POSITIVE
                    | NEGATIVE
                    | COMMENT_SECTION
                    | AUTHOR
                    | DATE
                    | OVERLAY
                    | NARROW
                    | INGREDIENTS
                    | REVIEWS));
    if (!isId) {
      r |= t & COMMENT_ITEM;
    }
    boolean boiler = (t & BOILER) != 0 && (t & HINT) == 0;
    if (boiler) {
      r |= BAD;
    } else if ((t & (ARTICLE | HINT | INGREDIENTS)) != 0) {
      r |= GOOD;
    }
    return r;
  }

  /**
   * What the token {@code text.substring(from, to)} says, read in place when it is all ASCII (its
   * capitals read as small letters); a token with other characters is lower-cased first, for some
   * of them lower-case to ASCII letters (the Kelvin sign to "k").
   */
  private static int tokenMask(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        return ClassPatterns.tokenMask(text.substring(from, to).toLowerCase(Locale.ROOT));
      }
    }
    return ClassPatterns.tokenMask(text, from, to);
  }

  static int bits(
      boolean boiler,
      boolean sure,
      boolean article,
      boolean hint,
      boolean positive,
      boolean negative,
      boolean commentSection,
      boolean commentItem,
      boolean author,
      boolean date,
      boolean overlay,
      boolean narrow,
      boolean ingredients,
      boolean reviews) {
    return (boiler ? BOILER : 0)
        | (sure ? SURE : 0)
        | (article ? ARTICLE : 0)
        | (hint ? HINT : 0)
        | (positive ? POSITIVE : 0)
        | (negative ? NEGATIVE : 0)
        | (commentSection ? COMMENT_SECTION : 0)
        | (commentItem ? COMMENT_ITEM : 0)
        | (author ? AUTHOR : 0)
        | (date ? DATE : 0)
        | (overlay ? OVERLAY : 0)
        | (narrow ? NARROW : 0)
        | (ingredients ? INGREDIENTS : 0)
        | (reviews ? REVIEWS : 0);
  }
}
