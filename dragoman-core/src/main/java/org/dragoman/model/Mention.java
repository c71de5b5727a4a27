package org.dragoman.model;

/** One place in the body text where an entity is named. */
public record Mention(int start, int end, String text) {
  public Span span() {
    return new Span(start, end);
  }
}
