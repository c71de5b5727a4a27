package org.dragoman.model;

/** A reader comment under a post; {@code published} is "YYYY-MM-DDTHH:MM" or a prefix, or null. */
public record Comment(String author, String published, String text) {}
