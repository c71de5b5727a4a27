package org.dragoman.eval.gold;

import org.dragoman.model.EntityType;

/**
 * An entity that must not be predicted.
 *
 * @param name its name
 * @param wrongType the type it must not have, or null for any type (written {@code *})
 */
public record GoldEntityError(String name, EntityType wrongType) {}
