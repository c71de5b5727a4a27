package org.dragoman.record.date;

/** The time a clause speaks of, relative to the moment of writing. */
enum Tense {
  PAST,
  PRESENT,
  FUTURE
}
