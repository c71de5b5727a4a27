package org.dragoman.record.entity;

import org.dragoman.model.EntityType;

/** Referent keys: names with equal keys are one entity of the document. */
final class Keys {
  private Keys() {}

  static String of(EntityType type, String name) {
    return type.name() + ":" + name;
  }

  static String organization(String name) {
    return of(EntityType.ORGANIZATION, name);
  }

  static String location(String name) {
    return of(EntityType.LOCATION, name);
  }

  static EntityType type(String key) {
    return EntityType.valueOf(key.substring(0, key.indexOf(':')));
  }

  static String name(String key) {
    return key.substring(key.indexOf(':') + 1);
  }
}
