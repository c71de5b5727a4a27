package org.dragoman.record.entity;

import org.dragoman.model.EntityType;

/** What a gazetteer name denotes, most specific referent first when one spelling has several. */
enum NameKind {
  COUNTRY(EntityType.LOCATION),
  ORGANIZATION(EntityType.ORGANIZATION),
  MEDIA(EntityType.ORGANIZATION),
  REGION(EntityType.LOCATION),
  CAPITAL(EntityType.LOCATION),
  SEAT(EntityType.LOCATION),
  DEMONYM(EntityType.LOCATION),
  DEMONYM_PLURAL(EntityType.LOCATION),
  REGION_ADJECTIVE(EntityType.LOCATION),
  /** A named event, war, treaty, law or programme ("the Olympics", "the Minsk agreements"). */
  MISC(EntityType.MISC);

  private final EntityType type;

  NameKind(EntityType type) {
    this.type = type;
  }

  EntityType type() {
    return type;
  }

  /** Adjectives and plural nouns derived from a name: never entities by themselves. */
  boolean derived() {
    return this == DEMONYM || this == DEMONYM_PLURAL || this == REGION_ADJECTIVE;
  }

  /** Capitals and seats of government: a place, or the state they stand for. */
  boolean metonymic() {
    return this == CAPITAL || this == SEAT;
  }
}
