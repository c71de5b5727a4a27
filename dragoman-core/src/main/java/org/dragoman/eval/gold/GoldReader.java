package org.dragoman.eval.gold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dragoman.model.EntityType;
import org.dragoman.model.Publication;

/**
 * Reads gold files (docs/gold-format.md in the shared folder). Absent fields are not checked;
 * fields present with null expect no value. Unknown fields are ignored.
 */
public final class GoldReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads a gold file; throws {@link GoldFormatException} with a one-line cause. */
  public GoldFile read(Path path) {
    String json;
    try {
      json = Files.readString(path);
    } catch (IOException e) {
      throw new GoldFormatException(path + ": cannot read gold file: " + e.getMessage(), e);
    }
    return parse(path, json);
  }

  /** Parses gold JSON; {@code path} names the file in errors and anchors document paths. */
  public GoldFile parse(Path path, String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(path + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("documents").isArray()) {
      throw new GoldFormatException(path + ": a gold file is an object with a documents array");
    }
    List<GoldDocument> documents = new ArrayList<>();
    int i = 0;
    for (JsonNode d : root.get("documents")) {
      String where = path + ": documents[" + i++ + "]";
      documents.add(document(d, where));
    }
    return new GoldFile(
        path, text(root, "about"), documents, root.has("corpus") && !root.get("corpus").isNull());
  }

  private GoldDocument document(JsonNode d, String where) {
    String file = text(d, "file");
    if (file == null || file.isBlank()) {
      throw new GoldFormatException(where + ": missing \"file\"");
    }
    where = where + " (" + file + ")";
    return new GoldDocument(
        file,
        text(d, "record"),
        d.has("metadata") && !d.get("metadata").isNull()
            ? metadata(d.get("metadata"), where)
            : null,
        strings(d, "text_must_contain"),
        strings(d, "text_must_not_contain"),
        list(d, "entities", where, this::entity),
        list(d, "entity_errors", where, this::entityError),
        list(d, "quotes", where, this::statement),
        list(d, "reported_speech", where, this::statement),
        list(d, "citations", where, this::citation),
        list(d, "dates", where, this::date));
  }

  private GoldMetadata metadata(JsonNode m, String where) {
    Expected<Publication> publication = null;
    if (m.has("publication")) {
      JsonNode p = m.get("publication");
      publication =
          new Expected<>(
              p.isNull()
                  ? null
                  : new Publication(text(p, "name"), integer(p, "volume"), integer(p, "issue")));
    }
    GoldPublished published = null;
    JsonNode pub = m.get("published");
    if (pub != null && pub.isObject()) {
      published =
          new GoldPublished(
              text(pub, "date"),
              integer(pub, "year"),
              integer(pub, "month"),
              text(pub, "not_before"));
    } else if (pub != null && pub.isTextual()) {
      published = new GoldPublished(pub.asText(), null, null, null);
    }
    List<GoldComment> comments = null;
    if (m.has("comments") && m.get("comments").isArray()) {
      comments = new ArrayList<>();
      for (JsonNode c : m.get("comments")) {
        comments.add(new GoldComment(text(c, "author"), text(c, "published"), text(c, "starts")));
      }
    }
    return new GoldMetadata(
        m.has("title") ? new Expected<>(text(m, "title")) : null,
        m.has("authors") ? new Expected<>(strings(m, "authors")) : null,
        m.has("site") ? new Expected<>(text(m, "site")) : null,
        publication,
        published,
        comments);
  }

  private GoldEntity entity(JsonNode e, String where) {
    return new GoldEntity(
        required(e, "name", where),
        strings(e, "alternatives"),
        type(required(e, "type", where), where),
        strings(e, "aliases"),
        strings(e, "roles"));
  }

  private GoldEntityError entityError(JsonNode e, String where) {
    String type = required(e, "wrong_type", where);
    return new GoldEntityError(
        required(e, "name", where), "*".equals(type) ? null : type(type, where));
  }

  private GoldStatement statement(JsonNode q, String where) {
    String quote = text(q, "quote");
    String contains = text(q, "contains");
    if (quote == null && contains == null) {
      throw new GoldFormatException(where + ": a statement needs \"quote\" or \"contains\"");
    }
    List<String> allowed = new ArrayList<>();
    if (q.has("speaker")) {
      allowed.add(text(q, "speaker"));
    }
    if (q.has("speaker_any")) {
      for (JsonNode s : q.get("speaker_any")) {
        allowed.add(s.isNull() ? null : s.asText());
      }
    }
    return new GoldStatement(
        quote,
        contains,
        new SpeakerRule(allowed, strings(q, "speaker_not")),
        strings(q, "citations"),
        text(q, "cue"),
        text(q, "note"));
  }

  private GoldCitation citation(JsonNode c, String where) {
    return new GoldCitation(
        required(c, "source", where),
        strings(c, "alternatives"),
        text(c, "date"),
        text(c, "kind"),
        text(c, "text"));
  }

  private GoldDate date(JsonNode d, String where) {
    return new GoldDate(required(d, "text", where), required(d, "value", where));
  }

  private static <T> List<T> list(JsonNode parent, String field, String where, Item<T> item) {
    List<T> out = new ArrayList<>();
    JsonNode array = parent.get(field);
    if (array == null || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      throw new GoldFormatException(where + ": \"" + field + "\" must be an array");
    }
    int i = 0;
    for (JsonNode n : array) {
      out.add(item.read(n, where + ": " + field + "[" + i++ + "]"));
    }
    return out;
  }

  private static String required(JsonNode n, String field, String where) {
    String v = text(n, field);
    if (v == null) {
      throw new GoldFormatException(where + ": missing \"" + field + "\"");
    }
    return v;
  }

  private static EntityType type(String name, String where) {
    try {
      return EntityType.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GoldFormatException(where + ": unknown entity type \"" + name + "\"");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static List<String> strings(JsonNode n, String field) {
    return readStrings(n.get(field), JsonNode::asText);
  }

  private static List<String> readStrings(JsonNode array, Function<JsonNode, String> f) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode s : array) {
        if (!s.isNull()) {
          out.add(f.apply(s));
        }
      }
    } else if (array != null && array.isTextual()) {
      out.add(array.asText());
    }
    return out;
  }

  @FunctionalInterface
  private interface Item<T> {
    T read(JsonNode node, String where);
  }
}
