package org.dragoman.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.GoldStructureExpectations;
import org.dragoman.structure.TextPageReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.w3c.dom.Document;

/**
 * Keeps the bundled sample corpus (samples/) and its gold file consistent: every gold document
 * exists and contains the strings its annotations point at, the plain-text documents meet their
 * structure expectations, and the feed, WARC and JSON Lines files are well formed.
 */
class SamplesCorpusTest {
  private static Path samples;
  private static JsonNode gold;

  @BeforeAll
  static void load() throws IOException {
    Path repo = Path.of(System.getProperty("dragoman.repo", ".."));
    samples = repo.resolve("samples");
    if (!Files.isDirectory(samples)) {
      samples = Path.of("samples");
    }
    gold = new ObjectMapper().readTree(samples.resolve("gold/samples.gold.json").toFile());
  }

  @TestFactory
  Stream<DynamicTest> goldAnnotationsPointAtTextOfTheirDocuments() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String file = doc.get("file").asText();
      tests.add(DynamicTest.dynamicTest(file, () -> checkAnchors(doc, plainText(file))));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> textDocumentsMeetTheirStructureExpectations() {
    TextPageReader reader = new TextPageReader();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String file = doc.get("file").asText();
      if (!file.endsWith(".txt")) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              file,
              () -> {
                String content = Files.readString(samples.resolve(file), StandardCharsets.UTF_8);
                Page page =
                    reader.read(new RawDocument(Origin.ofPath(file), Format.TEXT, content, null));
                GoldStructureExpectations.checkMetadata(doc, page);
                GoldStructureExpectations.checkComments(doc, page);
                GoldStructureExpectations.checkBody(doc, page);
              }));
    }
    return tests.stream();
  }

  @Test
  void storiesNameGoldDocuments() {
    List<String> files = new ArrayList<>();
    gold.get("documents").forEach(d -> files.add(d.get("file").asText()));
    for (JsonNode story : gold.get("corpus").get("stories")) {
      story.forEach(f -> assertThat(files).contains(f.asText()));
    }
  }

  @Test
  void warcHoldsTwoHtmlResponses() throws IOException {
    List<String> uris = new ArrayList<>();
    try (WarcReader reader = new WarcReader(samples.resolve("warc/caspian-pages.warc.gz"))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          assertThat(response.http().status()).isEqualTo(200);
          MediaType type = response.http().contentType();
          assertThat(type.base()).isEqualTo(MediaType.HTML);
          String html =
              new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(Jsoup.parse(html).select("article p")).hasSizeGreaterThan(3);
          uris.add(response.target());
        }
      }
    }
    assertThat(uris).hasSize(2).allMatch(u -> u.startsWith("https://"));
    assertThat(Files.size(samples.resolve("warc/caspian-pages.warc.gz"))).isLessThan(10_000);
  }

  @Test
  void feedIsWellFormedRssWithThreeItems() throws Exception {
    Document feed;
    try (InputStream in = Files.newInputStream(samples.resolve("feeds/steppe-wire.rss.xml"))) {
      feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    assertThat(feed.getDocumentElement().getTagName()).isEqualTo("rss");
    assertThat(feed.getElementsByTagName("item").getLength()).isEqualTo(3);
  }

  @Test
  void jsonLinesHaveIdsAndText() throws IOException {
    List<String> lines =
        Files.readAllLines(
            samples.resolve("jsonl/steppe-wire-items.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode doc = json.readTree(line);
      assertThat(doc.path("id").asText()).isNotBlank();
      assertThat(doc.path("text").asText().split("\\s+").length).isGreaterThan(80);
    }
  }

  private static String plainText(String file) throws IOException {
    String content = Files.readString(samples.resolve(file), StandardCharsets.UTF_8);
    return file.endsWith(".html") ? Jsoup.parse(content).text() : content;
  }

  private static void checkAnchors(JsonNode doc, String text) {
    List<String> anchors = new ArrayList<>();
    doc.path("text_must_contain").forEach(n -> anchors.add(n.asText()));
    doc.path("text_must_not_contain").forEach(n -> anchors.add(n.asText()));
    for (JsonNode q : doc.path("quotes")) {
      anchors.add(q.has("contains") ? q.get("contains").asText() : q.get("quote").asText());
    }
    doc.path("reported_speech").forEach(r -> anchors.add(r.get("contains").asText()));
    doc.path("dates").forEach(d -> anchors.add(d.get("text").asText()));
    for (JsonNode c : doc.path("citations")) {
      if (c.has("text")) {
        anchors.add(c.get("text").asText());
      }
    }
    for (JsonNode e : doc.path("entities")) {
      e.path("aliases").forEach(a -> anchors.add(a.asText()));
    }
    String flat = text.replaceAll("\\s+", " ");
    for (String a : anchors) {
      assertThat(flat).as(doc.get("file").asText()).contains(a);
    }
  }
}
