package org.dragoman.eval.gold;

import java.util.List;
import org.dragoman.model.EntityType;

/**
 * An entity the document must yield.
 *
 * @param name its canonical name
 * @param alternatives other canonical names that are also right
 * @param type its type
 * @param aliases other names it must carry (among aliases or mention texts)
 * @param roles roles it must hold; each may list alternatives separated by {@code |}
 */
public record GoldEntity(
    String name,
    List<String> alternatives,
    EntityType type,
    List<String> aliases,
    List<String> roles) {
  public GoldEntity {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
