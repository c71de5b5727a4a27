package org.dragoman.eval.webpages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.structure.html.ArticleBodyText;
import org.dragoman.structure.html.JsonLdArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publisher's own copy of an article's text, read from the JSON-LD {@code articleBody} of the
 * page's schema.org Article (NewsArticle, BlogPosting...), as a stand-in for hand-made ground truth
 * when scoring whole extracted bodies.
 *
 * <p>It is a proxy, not gold: publishers sometimes truncate it (a teaser, the first paragraphs, a
 * paywall cut), add what the page shows elsewhere (image captions, the standfirst, a credit line),
 * or leave out what the page shows in the body (embedded quotes, lists, subheadings). A low score
 * on one page therefore says "read this page", not "the extractor is wrong". Markup and character
 * references that some publishers leave in it, escaped once or twice, are turned into plain text. A
 * body of fewer than {@link #MIN_WORDS} words is taken for a teaser (publishers often copy the
 * page's description there) and not used.
 */
public final class ArticleBodyProxy {

  /** The fewest words an articleBody must have to stand for the article's text. */
  public static final int MIN_WORDS = 100;

  private ArticleBodyProxy() {}

  /** The articleBody of the page's JSON-LD article as plain text, or null when it has none. */
  public static String of(String html) {
    if (html == null || !html.contains("articleBody")) {
      return null;
    }
    Document doc = Jsoup.parse(html);
    List<String> scripts = new ArrayList<>();
    for (Element script : doc.getElementsByTag("script")) {
      if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        scripts.add(script.data());
      }
    }
    String text = plain(JsonLdArticle.read(scripts).articleBody());
    return text == null || Shingles.of(text).words() < MIN_WORDS ? null : text;
  }

  /** The articleBody as plain text: see {@link ArticleBodyText#plain}. */
  static String plain(String articleBody) {
    return ArticleBodyText.plain(articleBody);
  }
}
