package org.dragoman.structure.html;

import java.util.List;

/**
 * What an HTML page says about itself.
 *
 * @param title the article title, or null
 * @param authors byline names, never null
 * @param site the website's name, or null
 * @param published "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", or null
 * @param publishedEvidence where that date was found, or null
 * @param declaredTitles the titles the publisher's metadata declares (og:title, JSON-LD headline,
 *     twitter:title), never null
 * @param articleBody the JSON-LD article's articleBody as the page gives it (it may hold markup;
 *     see {@link ArticleBodyText#plain}), or null
 */
public record HtmlMetadata(
    String title,
    List<String> authors,
    String site,
    String published,
    String publishedEvidence,
    List<String> declaredTitles,
    String articleBody) {
  public HtmlMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    declaredTitles = declaredTitles == null ? List.of() : List.copyOf(declaredTitles);
  }

  /** Metadata without declared titles or articleBody. */
  public HtmlMetadata(
      String title, List<String> authors, String site, String published, String publishedEvidence) {
    this(title, authors, site, published, publishedEvidence, List.of(), null);
  }
}
