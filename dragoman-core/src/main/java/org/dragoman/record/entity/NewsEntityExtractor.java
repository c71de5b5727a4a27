package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Page;
import org.dragoman.model.Token;

/** Entities from the language stage's named-entity tags. (Baseline.) */
public final class NewsEntityExtractor implements EntityExtractor {
  @Override
  public List<Entity> extract(Page page, AnnotatedText annotated, List<Citation> citations) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    List<Token> tokens = annotated.tokens();
    for (int i = 0; i < tokens.size(); ) {
      String ner = tokens.get(i).ner();
      if ("O".equals(ner) || ner == null) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && ner.equals(tokens.get(j).ner())) {
        j++;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j - 1).end();
      String name = annotated.text().substring(start, end);
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(start, end, name));
      types.putIfAbsent(name, type(ner));
      i = j;
    }
    List<Entity> out = new ArrayList<>();
    for (var e : byName.entrySet()) {
      out.add(
          new Entity(
              "e" + (out.size() + 1),
              e.getKey(),
              types.get(e.getKey()),
              List.of(),
              List.of(),
              e.getValue()));
    }
    return out;
  }

  private static EntityType type(String ner) {
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      default -> EntityType.MISC;
    };
  }
}
