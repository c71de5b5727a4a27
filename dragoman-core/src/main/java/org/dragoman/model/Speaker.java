package org.dragoman.model;

/** Who is speaking: a document entity id (or null for a non-entity source) and a name. */
public record Speaker(String entity, String name) {}
