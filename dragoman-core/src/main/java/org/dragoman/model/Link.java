package org.dragoman.model;

/** A hyperlink whose anchor text is the span [start, end) of the body text. */
public record Link(int start, int end, String url) {}
