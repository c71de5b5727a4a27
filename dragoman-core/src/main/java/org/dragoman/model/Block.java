package org.dragoman.model;

/** A structural part of the body text (paragraph, block quote, heading...) as a span over it. */
public record Block(BlockKind kind, int start, int end) {
  public Span span() {
    return new Span(start, end);
  }
}
