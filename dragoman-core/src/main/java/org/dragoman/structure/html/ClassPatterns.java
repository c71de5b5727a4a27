package org.dragoman.structure.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the class, id and role attributes of an element say about it: boilerplate, comments, or the
 * article body. Patterns describe markup conventions shared by many sites, never one site.
 */
final class ClassPatterns {
  /** Parts of a page around the article: navigation, sharing, promotion, legal, bios. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "share|sharing|social|sociable|shariff|addthis|addtoany|sharedaddy|related|recommend"
              + "|cookie|consent|gdpr|newsletter|subscri|signup|sign-up|abonn|sidebar"
              + "|breadcrumb|crumbs|(?<![a-z])nav|menu|footer|masthead|banner|advert|werbung"
              + "|(?<![a-z])ads?(?![a-z])|(?<![a-z])ad[-_]|[-_]ad(?![a-z])|anzeige|sponsor|promo"
              + "|popup|modal|overlay|author-?bio|about-?the-?author|author-?box|author-?info"
              + "|autor-?info|bio-?box|(?<![a-z])tags?(?![a-z])|tag-?list|tagcloud|tag-?cloud"
              + "|categor|pagination|pager|post-?nav|(?<![a-z])prev|(?<![a-z])next(?![a-z])"
              + "|skip|print|login|search|shoutbox|disqus|outbrain|taboola|plista|paywall"
              + "|byline|dateline|(?<![a-z])meta(?![a-z])|entry-?meta|post-?meta|postmeta"
              + "|article-?meta|(?<![a-z])caption|credit|copyright|rating|(?<![a-z])vote|poll"
              + "|toolbar|(?<![a-z])tools|jump-?to|(?<![a-z])toc(?![a-z])|sr-only|visually-?hidden"
              + "|screen-?reader|(?<![a-z])hidden(?![a-z-])|teaser-?list|more-?(?:articles|stories"
              + "|news)|read-?more|weiterlesen|also-?read|see-?also|most-?(?:read|popular)"
              + "|trending|carousel|slider|gallery|lightbox|follow|contact|offcanvas|off-canvas"
              + "|dropdown|(?<![a-z])comment|kommentar|respond|reply|discussion|community|feedback"
              + "|(?<![a-z])header|site-?info|legal|impressum|imprint|disclaimer|license"
              + "|widget-?area|(?<![a-z])widget(?![a-z-])");

  /**
   * The part of {@link #BOILERPLATE} that is sure: an element with such a name goes even when it
   * reads like prose (a cookie notice, an author bio, a related article teaser).
   */
  private static final Pattern SURE_BOILERPLATE =
      Pattern.compile(
          "share|sharing|social|related|recommend|cookie|consent|gdpr|newsletter|subscri|signup"
              + "|sidebar|breadcrumb|(?<![a-z])nav|menu|footer|author-?bio|about-?the-?author"
              + "|author-?box|author-?info|autor-?info|bio-?box|pagination|disqus|outbrain"
              + "|taboola|plista|paywall|(?<![a-z])comment|kommentar|respond|reply|more-?(?:articles"
              + "|stories|news)|also-?read|see-?also|most-?(?:read|popular)|popup|modal");

  /** Names that mark the article itself; an element matching them is not removed by name. */
  private static final Pattern ARTICLE_NAME =
      Pattern.compile(
          "article|(?<![a-z])body|content|entry|hentry|h-entry|(?<![a-z])main|(?<![a-z])post"
              + "|(?<![a-z])text|blog|story|column|beitrag|artikel|inhalt");

  /** Readability's positive names, used for scoring. */
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|beitrag"
              + "|artikel|inhalt");

  /** Readability's negative names, used for scoring. */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo"
              + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
              + "|widget|teaser|byline|author|nav|menu|social|breadcrumb|caption|credit");

  /** Names of the container that holds an article's body text. */
  private static final Pattern BODY_HINT =
      Pattern.compile(
          "articlebody|article-?body|article__body|article-?content|article__content"
              + "|article-?text|articletext|post-?body|post-?text|post-?content|postcontent"
              + "|post-?entry|postentry|entry-?content|entry-?body|entry-?text|story-?body"
              + "|story-?content|storycontent|story-?text|body-?text|bodytext|text-?body"
              + "|content-?body|content__body|main-?content|page-?content|single-?content"
              + "|blog-?content|blog-?post-?body|field-?body|field-?name-?body|fulltext|full-?text"
              + "|rich-?text|richtext|news-?text|newstext|news-?content|artikel-?text|beitrag"
              + "|article-?wrapper|td-post-content|content-?main|wysiwyg|(?<![a-z])prose");

  /** Names of a reader-comment section. */
  private static final Pattern COMMENT_SECTION =
      Pattern.compile(
          "^(?:comments?|commentlist|comment-?list|comments-?(?:area|section|list|container"
              + "|wrapper|block)|comment-?section|disqus_thread|respond|kommentare|reader-?comments"
              + "|user-?comments|discussion|comments-?area|responses)$"
              + "|(?<![a-z])comments?-(?:area|section|list|container|wrapper|block)(?![a-z])"
              + "|(?<![a-z])commentlist(?![a-z])|(?<![a-z])disqus_thread|kommentare");

  /** Names of one reader comment. */
  private static final Pattern COMMENT_ITEM =
      Pattern.compile(
          "(?<![a-z])comment(?![a-z-])|(?<![a-z])comment-?body(?![a-z])|kommentar(?![a-z])");

  private ClassPatterns() {}

  /** The lower-cased class, id and role of an element, or "" when it has none. */
  static String names(Element e) {
    String cls = e.className();
    String id = e.id();
    String role = e.attributes().getIgnoreCase("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return "";
    }
    return (cls + " " + id + " " + role).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether an element's names mark it as boilerplate: one of its class, id or role tokens looks
   * like boilerplate and none of them is a plain article name ("post", "hentry", "article").
   */
  static boolean boilerplate(Element e) {
    String cls = e.className();
    String id = e.id();
    String role = e.attributes().getIgnoreCase("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return false;
    }
    boolean bad = false;
    for (String token : (cls + " " + id + " " + role).toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (ROLE_BOILERPLATE.contains(token)) {
        bad = true;
        continue;
      }
      boolean boiler = BOILERPLATE.matcher(token).find() && !BODY_HINT.matcher(token).find();
      if (boiler) {
        bad = true;
      } else if (ARTICLE_NAME.matcher(token).find() || BODY_HINT.matcher(token).find()) {
        return false;
      }
    }
    return bad;
  }

  /** Whether the element's names say boilerplate without doubt (see {@link #boilerplate}). */
  static boolean sureBoilerplate(Element e) {
    String names = names(e);
    return !names.isEmpty() && SURE_BOILERPLATE.matcher(names).find();
  }

  private static final java.util.Set<String> ROLE_BOILERPLATE =
      java.util.Set.of(
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

  static boolean articleName(String names) {
    return !names.isEmpty() && ARTICLE_NAME.matcher(names).find();
  }

  static boolean bodyHint(String names) {
    return !names.isEmpty() && BODY_HINT.matcher(names).find();
  }

  static boolean commentSection(Element e) {
    String id = e.id().toLowerCase(Locale.ROOT);
    if (!id.isEmpty() && COMMENT_SECTION.matcher(id).find()) {
      return true;
    }
    for (String c : e.classNames()) {
      if (COMMENT_SECTION.matcher(c.toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }

  static boolean commentItem(Element e) {
    for (String c : e.classNames()) {
      if (COMMENT_ITEM.matcher(c.toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    String id = e.id();
    return id.startsWith("comment-")
        || id.startsWith("li-comment-")
        || id.startsWith("div-comment-");
  }

  /** Readability's class weight: +25 for article-like names, -25 for boilerplate-like names. */
  static int weight(String names) {
    if (names.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (BODY_HINT.matcher(names).find()) {
      w += 25;
    }
    return w;
  }
}
