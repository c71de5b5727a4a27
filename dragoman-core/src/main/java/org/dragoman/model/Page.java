package org.dragoman.model;

import java.util.List;

/**
 * The parts of a page that the structure stage found.
 *
 * @param title the article title, or null
 * @param authors byline names, never null
 * @param site website or blog name, or null
 * @param publication periodical header, or null
 * @param published "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-MM-DDTHH:MM", or null
 * @param publishedEvidence why that date (byline, header, meta tag...), or null
 * @param text the article body only, paragraphs separated by blank lines
 * @param blocks the body's structure as spans over {@code text}
 * @param comments reader comments, never null
 * @param links hyperlinks inside the body, as spans over {@code text}
 */
public record Page(
    String title,
    List<String> authors,
    String site,
    Publication publication,
    String published,
    String publishedEvidence,
    String text,
    List<Block> blocks,
    List<Comment> comments,
    List<Link> links) {
  public Page {
    authors = authors == null ? List.of() : List.copyOf(authors);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    comments = comments == null ? List.of() : List.copyOf(comments);
    links = links == null ? List.of() : List.copyOf(links);
    text = text == null ? "" : text;
  }
}
