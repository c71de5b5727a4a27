package org.dragoman.model;

/** The markup of a raw document's content, which decides how its structure is read. */
public enum Format {
  /** Plain text, possibly a dump of a whole web page (header, byline, comments included). */
  TEXT,
  /** An HTML page or fragment. */
  HTML
}
