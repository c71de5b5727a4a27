package org.dragoman.record.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dragoman.language.CoreNlpLanguageAnalyzer;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Entity;
import org.dragoman.model.Format;
import org.dragoman.model.Mention;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.PageReaders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seeds bar for entities (../shared/gold/seeds.gold.json): every gold entity with its type,
 * aliases and roles, and none of the entity errors. The citations the gold lists are built by hand
 * here (the citation stage is tested on its own), as the entity stage's input.
 */
class SeedsEntitiesTest {
  /** Per seed file: citation text as written in the body → cited source, kind. */
  private static final Map<String, List<String[]>> CITATIONS =
      Map.of(
          "000_9bcf6c6aed2af52a.txt",
          List.of(
              new String[] {"see EDM, October 25", "Eurasia Daily Monitor", "CROSS_REFERENCE"},
              new String[] {
                "Uzbek Television First Channel, October 21",
                "Uzbek Television First Channel",
                "ATTRIBUTION"
              },
              new String[] {"Itar-Tass, October 21", "Itar-Tass", "ATTRIBUTION"},
              new String[] {
                "Uzbek Television Second Channel, October 21",
                "Uzbek Television Second Channel",
                "ATTRIBUTION"
              }),
          "001_2ce925e34772ef71.txt",
          List.of(
              new String[] {"Jamestown’s report on the trip", "Jamestown", "MENTION"},
              new String[] {"Kommersant’s coverage", "Kommersant", "MENTION"}));

  @Test
  void seedsEntitiesAliasesAndRoles() throws Exception {
    Path shared = Path.of(System.getProperty("dragoman.shared", "../shared"));
    Assumptions.assumeTrue(
        Files.isDirectory(shared), "../shared not present: skipping the seeds entity bar");
    JsonNode gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
    EntityExtractor extractor = new NewsEntityExtractor();
    List<String> failures = new ArrayList<>();
    int[] found = new int[6];
    for (JsonNode doc : gold.get("documents")) {
      Path file = shared.resolve(doc.get("file").asText());
      String content = Files.readString(file);
      Page page =
          PageReaders.defaults()
              .read(new RawDocument(Origin.ofPath(file.toString()), Format.TEXT, content, null));
      List<Citation> citations = citations(file.getFileName().toString(), page.text());
      List<Entity> entities =
          extractor.extract(
              page, CoreNlpLanguageAnalyzer.shared().annotate(page.text()), citations);
      String where = file.getFileName() + ": ";
      for (JsonNode g : doc.get("entities")) {
        found[1]++;
        Entity e = match(entities, g);
        if (e == null) {
          failures.add(where + "missing " + g.get("name").asText() + " " + g.get("type").asText());
          found[3] += g.get("aliases").size();
          found[5] += g.has("roles") ? g.get("roles").size() : 0;
          continue;
        }
        found[0]++;
        for (JsonNode alias : g.get("aliases")) {
          found[3]++;
          if (hasAlias(e, alias.asText())) {
            found[2]++;
          } else {
            failures.add(where + e.name() + " lacks alias " + alias.asText() + ": " + e.aliases());
          }
        }
        for (JsonNode role : g.path("roles")) {
          found[5]++;
          if (hasRole(e, role.asText())) {
            found[4]++;
          } else {
            failures.add(where + e.name() + " lacks role " + role.asText() + ": " + e.roles());
          }
        }
      }
      for (JsonNode err : doc.path("entity_errors")) {
        String name = err.get("name").asText();
        String type = err.get("wrong_type").asText();
        for (Entity e : entities) {
          if (e.name().equalsIgnoreCase(name)
              && (type.equals("*") || e.type().name().equals(type))) {
            failures.add(where + "entity error " + name + " " + e.type());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "seeds entities %d/%d, aliases %d/%d, roles %d/%d%n",
        found[0],
        found[1],
        found[2],
        found[3],
        found[4],
        found[5]);
    assertThat(failures).isEmpty();
  }

  private static List<Citation> citations(String file, String body) {
    List<Citation> out = new ArrayList<>();
    for (String[] c : CITATIONS.getOrDefault(file, List.of())) {
      int from = 0;
      for (int at = body.indexOf(c[0]); at >= 0; at = body.indexOf(c[0], at + 1)) {
        out.add(
            new Citation(
                "c" + (out.size() + 1),
                c[0],
                at,
                at + c[0].length(),
                c[1],
                null,
                CitationKind.valueOf(c[2]),
                null));
        from++;
      }
      assertThat(from).as("citation text in the body: " + c[0]).isPositive();
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static Entity match(List<Entity> entities, JsonNode g) {
    List<String> names = new ArrayList<>(List.of(g.get("name").asText()));
    g.path("alternatives").forEach(a -> names.add(a.asText()));
    for (Entity e : entities) {
      if (names.contains(e.name()) && e.type().name().equals(g.get("type").asText())) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasAlias(Entity e, String alias) {
    return e.aliases().contains(alias)
        || e.mentions().stream().map(Mention::text).anyMatch(alias::equals);
  }

  private static boolean hasRole(Entity e, String gold) {
    for (String option : gold.split("\\|")) {
      for (String role : e.roles()) {
        if (role.contains(option)) {
          return true;
        }
      }
    }
    return false;
  }
}
