package org.dragoman.structure.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article described by a page's JSON-LD scripts (schema.org NewsArticle, Article,
 * BlogPosting...), found in plain objects, arrays and {@code @graph} lists.
 *
 * @param headline the headline, or null
 * @param authors author names (persons or organizations), never null
 * @param datePublished the raw datePublished, or null
 * @param publisher the publisher's or website's name, or null
 * @param articleBody the articleBody text, or null
 * @param organizationAuthors the author names typed Organization (a subset of {@code authors})
 */
public record JsonLdArticle(
    String headline,
    List<String> authors,
    String datePublished,
    String publisher,
    String articleBody,
    Set<String> organizationAuthors) {
  static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, Set.of());

  private static final ObjectMapper JSON =
      JsonMapper.builder(new JsonFactory())
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "liveblogposting",
          "techarticle",
          "scholarlyarticle",
          "socialmediaposting",
          "report",
          "posting");

  /**
   * Works that are no article but whose author is the page's author too: a forum thread's opening
   * post, a recipe, a how-to, a review, a question, a generic creative work. Only their author is
   * read, and only when no article or web page names one; their name is no headline.
   */
  private static final Set<String> AUTHORED_TYPES =
      Set.of(
          "discussionforumposting",
          "recipe",
          "howto",
          "review",
          "question",
          "creativework",
          "creativeworkseries");

  /** Reads the scripts' JSON; scripts that are not valid JSON are skipped. */
  public static JsonLdArticle read(List<String> scripts) {
    if (scripts.isEmpty()) {
      return NONE;
    }
    List<JsonNode> objects = new ArrayList<>();
    for (String script : scripts) {
      String json = script.strip();
      if (json.startsWith("<!--")) {
        json = json.substring(4);
      }
      if (json.endsWith("-->")) {
        json = json.substring(0, json.length() - 3);
      }
      try {
        flatten(JSON.readTree(json), objects, 0);
      } catch (Exception e) {
        // A broken script tells us nothing; the page's other metadata still counts.
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      String id = o.path("@id").asText("");
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, o);
      }
    }
    JsonNode article = null;
    JsonNode page = null;
    JsonNode authored = null;
    String siteName = null;
    for (JsonNode o : objects) {
      Set<String> types = types(o);
      if (authored == null && anyIn(types, AUTHORED_TYPES)) {
        authored = o;
      }
      if (article == null && anyIn(types, ARTICLE_TYPES)) {
        article = o;
      } else if (page == null && types.contains("webpage")) {
        page = o;
      }
      if (siteName == null
          && (types.contains("website") || types.contains("newsmediaorganization"))) {
        siteName = text(o.get("name"));
      }
    }
    JsonNode main = article != null ? article : page;
    if (main == null) {
      List<String> authors = new ArrayList<>();
      Set<String> organizations = new HashSet<>();
      authorsOf(authored, byId, authors, organizations);
      return siteName == null && authors.isEmpty()
          ? NONE
          : new JsonLdArticle(
              null, List.copyOf(authors), null, siteName, null, Set.copyOf(organizations));
    }
    String headline = text(main.get("headline"));
    if (headline == null && article != null) {
      headline = text(main.get("name"));
    }
    List<String> authors = new ArrayList<>();
    Set<String> organizations = new HashSet<>();
    authorsOf(main, byId, authors, organizations);
    if (authors.isEmpty()) {
      authorsOf(authored, byId, authors, organizations);
    }
    String date = text(main.get("datePublished"));
    if (date == null) {
      date = text(main.get("dateCreated"));
    }
    List<String> publishers = new ArrayList<>();
    collectNames(main.get("publisher"), byId, publishers, new HashSet<>(), 0);
    String publisher = publishers.isEmpty() ? siteName : publishers.get(0);
    return new JsonLdArticle(
        headline,
        authors,
        date,
        publisher,
        article == null ? null : text(main.get("articleBody")),
        Set.copyOf(organizations));
  }

  /** Collects the names of a node's author, or else of its creator (nothing for null). */
  private static void authorsOf(
      JsonNode node, Map<String, JsonNode> byId, List<String> out, Set<String> orgs) {
    if (node == null) {
      return;
    }
    collectNames(node.get("author"), byId, out, orgs, 0);
    if (out.isEmpty()) {
      collectNames(node.get("creator"), byId, out, orgs, 0);
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        flatten(node.get("@graph"), out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject() && main.has("@type")) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean anyIn(Set<String> types, Set<String> wanted) {
    for (String t : types) {
      if (wanted.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> types(JsonNode o) {
    JsonNode t = o.get("@type");
    if (t == null) {
      return Set.of();
    }
    if (t.isArray()) {
      Set<String> s = new java.util.HashSet<>();
      for (JsonNode x : t) {
        s.add(x.asText("").toLowerCase(java.util.Locale.ROOT));
      }
      return s;
    }
    return Set.of(t.asText("").toLowerCase(java.util.Locale.ROOT));
  }

  /** Collects the names of a node; those of objects typed Organization also go to {@code orgs}. */
  private static void collectNames(
      JsonNode node, Map<String, JsonNode> byId, List<String> out, Set<String> orgs, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collectNames(n, byId, out, orgs, depth + 1);
      }
    } else if (node.isTextual()) {
      String s = node.asText().strip();
      if (!s.isEmpty() && !s.startsWith("http")) {
        out.add(s);
      }
    } else if (node.isObject()) {
      JsonNode name = node.get("name");
      if (name == null && node.has("@id") && byId.containsKey(node.get("@id").asText())) {
        JsonNode ref = byId.get(node.get("@id").asText());
        if (ref != node) {
          collectNames(ref, byId, out, orgs, depth + 1);
        }
        return;
      }
      String n = text(name);
      if (n != null && !n.startsWith("http")) {
        out.add(n);
        Set<String> types = types(node);
        if ((types.contains("organization") || types.contains("newsmediaorganization"))
            && !types.contains("person")) {
          orgs.add(n);
        }
      }
    }
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.size() == 0 ? null : text(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    String s = node.asText("").strip();
    return s.isEmpty() ? null : s;
  }
}
