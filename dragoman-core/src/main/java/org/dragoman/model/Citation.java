package org.dragoman.model;

/**
 * A cited source: "(Itar-Tass, October 21)", "(see EDM, October 25)", "Jamestown's report".
 *
 * @param id document-local id, "c1", ...
 * @param text the citation as written
 * @param start offset in the body text
 * @param end offset after it
 * @param source the canonical source name ("Itar-Tass", "Eurasia Daily Monitor")
 * @param date "YYYY-MM-DD" (or a prefix) of the cited item, or null
 * @param kind what it does
 * @param url for links, else null
 */
public record Citation(
    String id,
    String text,
    int start,
    int end,
    String source,
    String date,
    CitationKind kind,
    String url) {
  public Span span() {
    return new Span(start, end);
  }
}
