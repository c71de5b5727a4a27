package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three documents in three formats (plain text, HTML, JSON Lines) through the whole pipeline and
 * the {@code analyze} command, checked on the JSON contract that evaluation reads.
 */
class EndToEndTest {
  private static String firstRun;
  private static List<JsonNode> records;

  @BeforeAll
  static void analyzeThreeDocuments() throws Exception {
    firstRun = analyze();
    records = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : firstRun.split("\n")) {
      records.add(mapper.readTree(line));
    }
  }

  private static String analyze() throws URISyntaxException {
    Path dir = Path.of(EndToEndTest.class.getResource("/e2e").toURI());
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      assertThat(Main.run("analyze", "--format", "jsonl", dir.toString())).isZero();
    } finally {
      System.setOut(out);
    }
    return buffer.toString(StandardCharsets.UTF_8).strip();
  }

  private static JsonNode record(String sourceEnd) {
    return records.stream()
        .filter(r -> r.get("source").asText().contains(sourceEnd))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record for " + sourceEnd));
  }

  private static JsonNode quoteContaining(JsonNode record, String content) {
    for (JsonNode q : record.get("quotes")) {
      if (q.get("text").asText().contains(content)) {
        return q;
      }
    }
    throw new AssertionError("no quote containing " + content + " in " + record.get("quotes"));
  }

  @Test
  void everyDocumentGivesOneRecordInInputOrder() {
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("source").asText()).endsWith("post.html");
    assertThat(records.get(1).get("source").asText()).endsWith("report.txt");
    assertThat(records.get(2).get("source").asText()).contains("wire.jsonl");
    for (JsonNode r : records) {
      for (String field :
          List.of(
              "id",
              "source",
              "title",
              "authors",
              "site",
              "publication",
              "published",
              "published_evidence",
              "text",
              "comments",
              "entities",
              "quotes",
              "citations",
              "dates")) {
        assertThat(r.has(field)).as(field).isTrue();
      }
    }
  }

  @Test
  void outputIsDeterministic() throws Exception {
    assertThat(analyze()).isEqualTo(firstRun);
  }

  @Test
  void htmlPostHasItsMetadataCommentsAndOnlyItsBody() {
    JsonNode post = record("post.html");
    assertThat(post.get("title").asText()).isEqualTo("Water and power on the Syr Darya");
    assertThat(post.get("authors").toString()).isEqualTo("[\"Marat Bekov\"]");
    assertThat(post.get("site").asText()).isEqualTo("Steppe Notes");
    assertThat(post.get("published").asText()).startsWith("2026-02-13");
    assertThat(post.get("comments")).hasSize(2);
    assertThat(post.get("comments").get(1).get("author").asText()).isEqualTo("Oleg P.");
    String text = post.get("text").asText();
    assertThat(text).contains("Kyrgyzstan wants Uzbekistan to share the cost");
    assertThat(text).doesNotContain("Share this", "All rights reserved", "will not pay", "Archive");
  }

  @Test
  void textReportAttributesItsQuotesToTheMinister() {
    JsonNode report = record("report.txt");
    assertThat(report.get("title").asText())
        .isEqualTo("Minister Pledges Water Talks With Neighbours");
    assertThat(report.get("authors").toString()).isEqualTo("[\"Dana Orlova\"]");
    assertThat(report.get("text").asText()).doesNotStartWith("Minister Pledges");
    JsonNode quote = quoteContaining(report, "We cannot let another season pass");
    assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Timur Asanov");
    JsonNode share = quoteContaining(report, "a fair share of the costs");
    assertThat(share.get("speaker").get("name").asText()).isEqualTo("Timur Asanov");
    assertThat(report.get("citations").toString()).contains("AKIpress").contains("2026-02-12");
  }

  @Test
  void jsonLinesDocumentKeepsItsGivenIdAndMetadata() {
    JsonNode wire = record("wire.jsonl");
    assertThat(wire.get("id").asText()).isEqualTo("wire-2026-02-14-001");
    assertThat(wire.get("published").asText()).isEqualTo("2026-02-14");
    assertThat(wire.get("site").asText()).isEqualTo("Example Wire");
    JsonNode quote = quoteContaining(wire, "Water is not a commodity");
    assertThat(quote.get("speaker").get("name").asText()).isEqualTo("Nodir Karimov");
    assertThat(wire.get("citations").toString()).contains("Kabar").contains("2026-02-13");
  }
}
