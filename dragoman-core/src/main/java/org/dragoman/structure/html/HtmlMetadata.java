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
 */
public record HtmlMetadata(
    String title, List<String> authors, String site, String published, String publishedEvidence) {
  public HtmlMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
