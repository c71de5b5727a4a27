package org.dragoman.structure.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What the class, id and role attributes of an element say about it: boilerplate, comments, or the
 * article body. Patterns describe markup conventions shared by many sites, never one site.
 */
final class ClassPatterns {
  /** Parts of a page around the article: navigation, sharing, promotion, legal, bios. */
  private static final String BOILERPLATE =
      ("share social sociable shariff addthis addtoany related recommend cookie consent gdpr"
          + " newsletter subscri signup sign-up abonn sidebar breadcrumb crumbs <nav menu"
          + " footer masthead banner advert werbung <ad> <ads> <ad- <ad_ -ad> _ad> anzeige"
          + " sponsor promo popup modal overlay author-bio authorbio about-the-author"
          + " abouttheauthor author-box authorbox author-info authorinfo autor-info autorinfo"
          + " bio-box biobox <tag> <tags> tag-list taglist tagcloud tag-cloud categor"
          + " pagination pager post-nav postnav <prev <next> skip print login search shoutbox"
          + " disqus outbrain taboola plista paywall byline dateline <meta> entry-meta"
          + " entrymeta post-meta postmeta article-meta articlemeta <caption credit copyright"
          + " rating <vote poll toolbar <tools jump-to jumpto <toc> sr-only visually-hidden"
          + " visuallyhidden screen-reader screenreader <hidden} teaser-list teaserlist"
          + " more-articles morearticles more-stories morestories more-news morenews"
          + " read-more readmore weiterlesen also-read alsoread see-also seealso most-read"
          + " mostread most-popular mostpopular trending carousel slider gallery lightbox"
          + " follow contact dropdown <comment kommentar respond reply"
          + " discussion community feedback <header site-info siteinfo legal impressum"
          + " imprint disclaimer license widget-area widgetarea <widget}"
          + " author-card authorcard about-author aboutauthor author-description"
          + " authordescription author-profile authorprofile autorenbox autor-box autorbox"
          + " saboxplugin entry-author-info disclosure affiliate <cta> <cta- call-to-action"
          + " <legend> bildunterschrift imagedescription image-description imgdescription"
          + " img-description img-metadata imgmetadata image-meta imagemeta imagecaption"
          + " photocaption <dida> embedded-content");

  /**
   * The part of {@link #BOILERPLATE} that is sure: an element with such a name goes even when it
   * reads like prose (a cookie notice, an author bio, a related article teaser).
   */
  private static final String SURE_BOILERPLATE =
      ("share social related recommend cookie consent gdpr newsletter subscri signup sidebar"
          + " breadcrumb <nav menu footer author-bio authorbio about-the-author abouttheauthor"
          + " author-box authorbox author-info authorinfo autor-info autorinfo bio-box biobox"
          + " pagination disqus outbrain taboola plista paywall <comment kommentar respond"
          + " reply more-articles morearticles more-stories morestories more-news morenews"
          + " also-read alsoread see-also seealso most-read mostread most-popular mostpopular"
          + " popup modal author-card authorcard about-author aboutauthor author-description"
          + " authordescription author-profile authorprofile autorenbox autor-box autorbox"
          + " saboxplugin entry-author-info <legend> bildunterschrift imagedescription"
          + " image-description imgdescription img-description img-metadata imgmetadata"
          + " image-meta imagemeta imagecaption photocaption <dida> embedded-content"
          + " disclosure affiliate advert <cta> <cta- call-to-action");

  /** Names that mark the article itself; an element matching them is not removed by name. */
  private static final String ARTICLE_NAME =
      ("article <body content entry hentry h-entry <main <post <text blog story column"
          + " beitrag artikel inhalt");

  /** Readability's positive names, used for scoring. */
  private static final String POSITIVE =
      ("article body content entry hentry h-entry main page post text blog story beitrag"
          + " artikel inhalt");

  /** Readability's negative names, used for scoring. */
  private static final String NEGATIVE =
      ("hidden banner combx comment com- contact foot masthead media meta outbrain promo"
          + " related scroll share shoutbox sidebar skyscraper sponsor shopping tags tool"
          + " widget teaser byline author nav menu social breadcrumb caption credit");

  /** Names of the container that holds an article's body text. */
  private static final String BODY_HINT =
      ("articlebody article-body article__body article-content articlecontent"
          + " article__content article-text articletext post-body postbody post-text"
          + " posttext post-content postcontent post-entry postentry entry-content"
          + " entrycontent entry-body entrybody entry-text entrytext story-body storybody"
          + " story-content storycontent story-text storytext body-text bodytext text-body"
          + " textbody content-body contentbody content__body main-content maincontent"
          + " page-content pagecontent single-content singlecontent blog-content blogcontent"
          + " blog-post-body blogpostbody field-body fieldbody field-name-body fulltext"
          + " full-text rich-text richtext news-text newstext news-content newscontent"
          + " artikel-text artikeltext beitrag article-wrapper articlewrapper content-main"
          + " contentmain wysiwyg <prose");

  /** Names of a reader-comment section. */
  private static final String COMMENT_SECTION =
      ("=comment =comments =commentlist =comment-list =commentsarea =comment-section"
          + " =commentsection =disqus_thread =respond =kommentare =reader-comments"
          + " =readercomments =user-comments =usercomments =discussion =responses"
          + " <comments-area> <comment-area> <comments-section> <comments-list>"
          + " <comments-container> <comment-container> <comments-wrapper> <comment-wrapper>"
          + " <comments-block> <commentlist> <disqus_thread kommentare");

  /** Names of one reader comment. */
  private static final String COMMENT_ITEM = ("<comment} <comment-body> <commentbody> kommentar>");

  /** Names of an element that holds a byline. */
  private static final String AUTHOR_NAME =
      ("<author> <byline> <autor> <writer> <vcard> <fn> author-name authorname");

  /** Names of an element that holds a date. */
  private static final String DATE_NAME =
      ("date datum time publish posted byline entry-meta post-meta dateline");

  /**
   * Names of a box shown over the page (a pop-up, modal dialog or lightbox): never the article,
   * however much text it holds.
   */
  private static final String OVERLAY =
      ("popup pop-up modal lightbox <dialog <pum} <pum- overlay <fancybox <colorbox");

  /**
   * Names of a recipe's ingredient list ("ingredients", "ingredientes", "zutaten", "skladniki").
   */
  private static final String INGREDIENTS = "ingredient zutat skladnik";

  /** Names of a box of customers' reviews of a product (not a review article's own text). */
  private static final String REVIEWS =
      "reviews} review-widget reviewwidget review-list reviewlist customer-review"
          + " customerreview product-review productreview";

  private ClassPatterns() {}

  /** All lists, matched in one scan; bit i of a match is list i here. */
  private static final Keywords ALL =
      new Keywords(
          BOILERPLATE,
          SURE_BOILERPLATE,
          ARTICLE_NAME,
          BODY_HINT,
          POSITIVE,
          NEGATIVE,
          COMMENT_SECTION,
          COMMENT_ITEM,
          AUTHOR_NAME,
          DATE_NAME,
          OVERLAY,
          INGREDIENTS,
          REVIEWS);

  /**
   * Whether a class token names a narrow column of a 12-column grid (Bootstrap's "col-md-3",
   * "span3", Foundation's "large-4"): a third of a wide page or less, a side column. The token is
   * {@code text.substring(from, to)}, its ASCII capitals read as small letters.
   */
  static boolean narrowColumn(String text, int from, int to) {
    int n = to - from;
    if (n < 5 || n > 9) {
      return false;
    }
    char last = text.charAt(to - 1);
    if (last < '1' || last > '4' || Character.isDigit(text.charAt(to - 2))) {
      return false;
    }
    int head = n - 1;
    return head == 7
            && (opens(text, from, "col-md-")
                || opens(text, from, "col-lg-")
                || opens(text, from, "col-xl-")
                || opens(text, from, "medium-"))
        || head == 6 && opens(text, from, "large-")
        || head == 4 && opens(text, from, "span");
  }

  /** Whether the text at {@code at} reads {@code word} (small letters), its capitals as small. */
  private static boolean opens(String text, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Keywords.small(text.charAt(at + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What one lower-cased class, id or role token says, as {@link PageNames} bits. A token ending in
   * "label-hidden" (Drupal's "field--label-hidden") hides a field's label, not the field: it says
   * nothing about the text.
   */
  static int tokenMask(String token) {
    return tokenMask(token, 0, token.length());
  }

  /**
   * {@link #tokenMask(String)} of the token {@code text.substring(from, to)}, its ASCII capitals
   * read as small letters: the same answer as for the token lower-cased when it is all ASCII.
   */
  static int tokenMask(String text, int from, int to) {
    int m = ALL.match(text, from, to);
    if (to - from >= LABEL_HIDDEN.length()
        && opens(text, to - LABEL_HIDDEN.length(), LABEL_HIDDEN)) {
      m &= ~(1 | 32);
    }
    return PageNames.bits(
        (m & 1) != 0,
        (m & 2) != 0,
        (m & 4) != 0,
        (m & 8) != 0,
        (m & 16) != 0,
        (m & 32) != 0,
        (m & 64) != 0,
        (m & 128) != 0,
        (m & 256) != 0,
        (m & 512) != 0,
        (m & 1024) != 0,
        narrowColumn(text, from, to),
        (m & 2048) != 0,
        (m & 4096) != 0);
  }

  private static final String LABEL_HIDDEN = "label-hidden";

  /** The lower-cased class, id and role of an element, or "" when it has none. */
  static String names(Element e) {
    if (e.attributesSize() == 0) {
      return "";
    }
    String cls = Attr.className(e);
    String id = Attr.get(e, "id");
    String role = Attr.get(e, "role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return "";
    }
    return (cls + " " + id + " " + role).toLowerCase(Locale.ROOT);
  }
}
