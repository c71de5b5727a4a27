package org.dragoman.model;

/** A date in the body text with its calendar value: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
public record DateMention(String text, int start, int end, String value) {}
