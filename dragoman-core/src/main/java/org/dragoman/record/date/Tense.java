package org.dragoman.record.date;

/** The time a clause speaks of, relative to the moment of writing. */
enum Tense {
  /** A date in a parenthetical source or cross-reference: an item already published. */
  CITED,
  PAST,
  PRESENT,
  FUTURE
}
