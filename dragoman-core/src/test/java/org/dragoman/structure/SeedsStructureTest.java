package org.dragoman.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads the two seed documents of ../shared with {@link TextPageReader} and checks every metadata,
 * comment and body expectation of ../shared/gold/seeds.gold.json.
 */
class SeedsStructureTest {
  private static final TextPageReader READER = new TextPageReader();

  @TestFactory
  Stream<DynamicTest> seedsMeetTheGoldStructureExpectations() throws IOException {
    Path shared = Path.of(System.getProperty("dragoman.shared", "../shared"));
    Path gold = shared.resolve("gold/seeds.gold.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(gold), "../shared not present: skipping the seeds structure test");
    JsonNode root = new ObjectMapper().readTree(gold.toFile());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode doc : root.get("documents")) {
      String file = doc.get("file").asText();
      Page page = read(shared.resolve(file));
      tests.add(DynamicTest.dynamicTest(file + " metadata", () -> checkMetadata(doc, page)));
      tests.add(DynamicTest.dynamicTest(file + " comments", () -> checkComments(doc, page)));
      tests.add(DynamicTest.dynamicTest(file + " body", () -> checkBody(doc, page)));
    }
    return tests.stream();
  }

  static Page read(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    return READER.read(new RawDocument(Origin.ofPath(file.toString()), Format.TEXT, content, null));
  }

  static void checkMetadata(JsonNode doc, Page page) {
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

  static void checkComments(JsonNode doc, Page page) {
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

  static void checkBody(JsonNode doc, Page page) {
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
