package org.dragoman.record.entity;

import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;

/**
 * A name found in one document while the entity rules work on it: a token range, what found it, its
 * type and the key of the referent it names. Lives only inside one extraction call.
 */
final class Name {
  /** What found a name, strongest evidence first; the order decides overlaps of equal length. */
  enum Origin {
    CITATION,
    TITLE,
    GAZETTEER,
    ACRONYM,
    NER,
    POSSESSIVE,
    DESCRIPTION,
    /** A named event, treaty, law or programme: the MISC gazetteer or the shape of its name. */
    MISC
  }

  final int firstToken;
  final int endToken;
  final int start;
  final int end;
  final String text;
  final Origin origin;
  final GazetteerEntry entry;
  EntityType type;

  /** The referent's key; names with equal keys are one entity. Null until decided. */
  String key;

  /** True when the name stands for something else (a capital for its state, a demonym). */
  boolean metonym;

  /** True when the name is a derived adjective that names no entity (dropped at the end). */
  boolean dropped;

  /** For an acronym introduced in parentheses: the full name it abbreviates. */
  Name acronymOf;

  /** True when a rule has settled the type and later rules must not change it. */
  boolean typeSettled;

  Name(
      int firstToken,
      int endToken,
      int start,
      int end,
      String text,
      Origin origin,
      GazetteerEntry entry,
      EntityType type) {
    this.firstToken = firstToken;
    this.endToken = endToken;
    this.start = start;
    this.end = end;
    this.text = text;
    this.origin = origin;
    this.entry = entry;
    this.type = type;
  }

  int length() {
    return endToken - firstToken;
  }

  boolean overlaps(Name o) {
    return firstToken < o.endToken && o.firstToken < endToken;
  }

  Mention mention() {
    return new Mention(start, end, text);
  }

  @Override
  public String toString() {
    return text + "[" + start + "," + end + ")/" + type + "/" + origin + "/" + key;
  }
}
