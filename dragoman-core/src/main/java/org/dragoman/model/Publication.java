package org.dragoman.model;

/** A periodical's header: "Eurasia Daily Monitor, Volume 2, Issue 199". Numbers may be null. */
public record Publication(String name, Integer volume, Integer issue) {}
