package org.dragoman.model;

/**
 * Where a raw document came from.
 *
 * @param source the path or URL it was read from
 * @param recordId the record inside a container (feed item, WARC record, JSON Lines line), or null
 * @param fetched when it was fetched or archived (ISO-8601), or null
 */
public record Origin(String source, String recordId, String fetched) {
  public static Origin ofPath(String path) {
    return new Origin(path, null, null);
  }
}
