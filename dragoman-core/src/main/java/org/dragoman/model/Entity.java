package org.dragoman.model;

import java.util.List;

/**
 * An entity resolved inside one document.
 *
 * @param id document-local id, "e1", "e2", ...
 * @param name canonical name: the fullest proper name used for it in the document
 * @param type its type
 * @param aliases the other names used for it in the document (surnames, acronyms, capitals)
 * @param roles titles it holds ("Foreign Minister")
 * @param mentions every place it is named, in text order
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    List<Mention> mentions) {
  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    roles = roles == null ? List.of() : List.copyOf(roles);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
