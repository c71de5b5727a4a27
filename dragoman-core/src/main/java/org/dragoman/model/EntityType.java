package org.dragoman.model;

/** The four entity types of the analysis contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
