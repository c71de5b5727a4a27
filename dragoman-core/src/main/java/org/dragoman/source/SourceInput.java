package org.dragoman.source;

/**
 * The bytes of one input file and its name, as handed to a {@link Source}.
 *
 * @param location the path or URL it was read from, used in origins and error messages
 * @param bytes the whole content
 */
public record SourceInput(String location, byte[] bytes) {
  /** The lower-case file name ending after the last dot ("html", "gz"), or "". */
  public String extension() {
    String name = location.substring(location.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
