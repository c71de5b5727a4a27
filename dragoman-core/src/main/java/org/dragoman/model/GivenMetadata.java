package org.dragoman.model;

import java.util.List;

/**
 * Metadata that a container gives for a document (feed item, WARC headers, JSON Lines fields).
 * Given metadata wins over what structure extraction finds. Every field may be null or empty.
 */
public record GivenMetadata(
    String id, String url, String title, List<String> authors, String published, String site) {
  public static final GivenMetadata NONE =
      new GivenMetadata(null, null, null, List.of(), null, null);

  public GivenMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public boolean isEmpty() {
    return id == null
        && url == null
        && title == null
        && authors.isEmpty()
        && published == null
        && site == null;
  }
}
