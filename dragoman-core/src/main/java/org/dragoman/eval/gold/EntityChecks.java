package org.dragoman.eval.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.Mention;

/** Entity, alias, role and entity-error checks. */
final class EntityChecks {
  private EntityChecks() {}

  static void check(
      List<GoldEntity> entities, List<GoldEntityError> errors, Analysis a, CheckList out) {
    for (GoldEntity g : entities) {
      Optional<Entity> found = find(g, a.entities());
      String what = g.name() + " (" + g.type() + ")";
      out.add(
          GoldTask.ENTITIES,
          "entity " + g.name(),
          found.isPresent(),
          what,
          found.map(EntityChecks::describe).orElseGet(() -> nearest(g, a.entities())));
      for (String alias : g.aliases()) {
        boolean ok = found.isPresent() && hasAlias(found.get(), alias);
        out.add(
            GoldTask.ALIASES,
            "alias " + alias + " of " + g.name(),
            ok,
            alias,
            found.map(e -> "aliases " + e.aliases()).orElse("(entity not found)"));
      }
      for (String role : g.roles()) {
        boolean ok = found.isPresent() && hasRole(found.get(), role);
        out.add(
            GoldTask.ROLES,
            "role " + role + " of " + g.name(),
            ok,
            role,
            found.map(e -> "roles " + e.roles()).orElse("(entity not found)"));
      }
    }
    for (GoldEntityError err : errors) {
      List<Entity> wrong =
          a.entities().stream()
              .filter(e -> e.name() != null && e.name().strip().equalsIgnoreCase(err.name()))
              .filter(e -> err.wrongType() == null || e.type() == err.wrongType())
              .toList();
      out.add(
          GoldTask.ENTITY_ERRORS,
          "no entity "
              + err.name()
              + " ("
              + (err.wrongType() == null ? "*" : err.wrongType())
              + ")",
          wrong.isEmpty(),
          "none",
          wrong.isEmpty() ? "none" : describe(wrong.get(0)));
    }
  }

  static Optional<Entity> find(GoldEntity g, List<Entity> predicted) {
    List<String> names = new ArrayList<>();
    names.add(g.name());
    names.addAll(g.alternatives());
    for (String name : names) {
      for (Entity e : predicted) {
        if (e.type() == g.type() && e.name() != null && e.name().strip().equals(name.strip())) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  static boolean hasAlias(Entity e, String alias) {
    String want = alias.strip();
    return e.aliases().stream().anyMatch(x -> x.strip().equals(want))
        || e.mentions().stream()
            .map(Mention::text)
            .anyMatch(t -> t != null && t.strip().equals(want));
  }

  static boolean hasRole(Entity e, String goldRole) {
    for (String alternative : goldRole.split("\\|")) {
      String want = alternative.strip().toLowerCase(Locale.ROOT);
      if (!want.isEmpty()
          && e.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(want))) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Entity e) {
    return e.name() + " (" + e.type() + ")";
  }

  /** Entities whose name shares a word with the gold name, to show what came closest. */
  private static String nearest(GoldEntity g, List<Entity> predicted) {
    List<String> words =
        List.of(g.name().toLowerCase(Locale.ROOT).split("[\\s\\-]+")).stream()
            .filter(w -> w.length() > 2)
            .toList();
    List<String> near =
        predicted.stream()
            .filter(e -> e.name() != null)
            .filter(
                e -> {
                  String n = e.name().toLowerCase(Locale.ROOT);
                  return words.stream().anyMatch(n::contains);
                })
            .limit(4)
            .map(EntityChecks::describe)
            .toList();
    return near.isEmpty() ? "(no such entity)" : "(not found; near: " + near + ")";
  }
}
