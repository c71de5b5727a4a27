package org.dragoman.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Page;

/**
 * The structure expectations of one document of a gold file (docs/gold-format.md): metadata,
 * comments, and the text that the body must and must not contain.
 */
public final class GoldStructureExpectations {
  private GoldStructureExpectations() {}

  public static void checkMetadata(JsonNode doc, Page page) {
    JsonNode meta = doc.get("metadata");
    if (meta.has("title")) {
      assertThat(page.title()).as("title").isEqualTo(textOrNull(meta.get("title")));
    }
    if (meta.has("authors")) {
      List<String> authors = new ArrayList<>();
      meta.get("authors").forEach(a -> authors.add(a.asText()));
      assertThat(page.authors()).as("authors").isEqualTo(authors);
    }
    if (meta.has("site")) {
      assertThat(page.site()).as("site").isEqualTo(textOrNull(meta.get("site")));
    }
    if (meta.has("publication")) {
      JsonNode pub = meta.get("publication");
      if (pub.isNull()) {
        assertThat(page.publication()).as("publication").isNull();
      } else {
        assertThat(page.publication()).as("publication").isNotNull();
        assertThat(page.publication().name()).isEqualTo(pub.get("name").asText());
        assertThat(page.publication().volume()).isEqualTo(pub.get("volume").asInt());
        assertThat(page.publication().issue()).isEqualTo(pub.get("issue").asInt());
      }
    }
    JsonNode published = meta.get("published");
    if (published != null && published.has("date")) {
      assertThat(page.published()).as("published").startsWith(published.get("date").asText());
      assertThat(page.publishedEvidence()).as("published evidence").isNotBlank();
    }
  }

  public static void checkComments(JsonNode doc, Page page) {
    JsonNode comments = doc.get("metadata").get("comments");
    if (comments == null) {
      return;
    }
    assertThat(page.comments()).as("comment count").hasSize(comments.size());
    for (int i = 0; i < comments.size(); i++) {
      JsonNode want = comments.get(i);
      var got = page.comments().get(i);
      assertThat(got.author()).as("comment author").isEqualTo(want.get("author").asText());
      assertThat(got.published()).as("comment time").startsWith(want.get("published").asText());
      assertThat(got.text()).as("comment text").startsWith(want.get("starts").asText());
    }
  }

  public static void checkBody(JsonNode doc, Page page) {
    for (JsonNode s : doc.path("text_must_contain")) {
      assertThat(page.text()).contains(s.asText());
    }
    for (JsonNode s : doc.path("text_must_not_contain")) {
      assertThat(page.text()).doesNotContain(s.asText());
    }
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
