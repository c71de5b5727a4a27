package org.dragoman.structure;

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

  private static void checkMetadata(JsonNode doc, Page page) {
    GoldStructureExpectations.checkMetadata(doc, page);
  }

  private static void checkComments(JsonNode doc, Page page) {
    GoldStructureExpectations.checkComments(doc, page);
  }

  private static void checkBody(JsonNode doc, Page page) {
    GoldStructureExpectations.checkBody(doc, page);
  }
}
