package org.dragoman.model;

import java.util.List;

/**
 * A quote or reported statement.
 *
 * @param id document-local id, "q1", ...
 * @param text the quoted or reported content
 * @param start offset of the content in the body text
 * @param end offset after the content
 * @param kind how it is rendered
 * @param speaker who said it, or null when no one is speaking (scare quotes, quoted terms)
 * @param cue the reporting verb or phrase ("noted", "according to"), or null
 * @param cueSpan where the cue is, or null
 * @param evidence the span that supports the attribution (speaker, cue and content), or null
 * @param confidence 0.0 to 1.0
 * @param citations ids of the citations that source it
 */
public record Quote(
    String id,
    String text,
    int start,
    int end,
    QuoteKind kind,
    Speaker speaker,
    String cue,
    Span cueSpan,
    Span evidence,
    double confidence,
    List<String> citations) {
  public Quote {
    citations = citations == null ? List.of() : List.copyOf(citations);
  }

  public Span span() {
    return new Span(start, end);
  }
}
