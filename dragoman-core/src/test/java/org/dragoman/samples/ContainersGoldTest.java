package org.dragoman.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.dragoman.source.InputWalker;
import org.dragoman.source.Sources;
import org.dragoman.source.WalkedDocuments;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps samples/gold/containers.gold.json consistent with the container files it annotates (feed,
 * WARC, JSON Lines): each gold entry's {@code record} selects exactly one document the default
 * sources read, every document of those containers is annotated, and every annotation string is
 * really in the text of the document it points at.
 */
class ContainersGoldTest {
  private static Path samples;
  private static JsonNode gold;
  private static final Map<String, List<RawDocument>> READ = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    Path repo = Path.of(System.getProperty("dragoman.repo", ".."));
    samples = repo.resolve("samples");
    if (!Files.isDirectory(samples)) {
      samples = Path.of("samples");
    }
    gold = new ObjectMapper().readTree(samples.resolve("gold/containers.gold.json").toFile());
    for (JsonNode doc : gold.get("documents")) {
      READ.computeIfAbsent(doc.get("file").asText(), ContainersGoldTest::readContainer);
    }
  }

  @Test
  void coversTheThreeContainerFormats() {
    assertThat(READ.keySet())
        .containsExactlyInAnyOrder(
            "feeds/steppe-wire.rss.xml",
            "warc/caspian-pages.warc.gz",
            "jsonl/steppe-wire-items.jsonl");
    assertThat(READ.get("feeds/steppe-wire.rss.xml")).hasSize(3);
    assertThat(READ.get("warc/caspian-pages.warc.gz")).hasSize(2);
    assertThat(READ.get("jsonl/steppe-wire-items.jsonl")).hasSize(2);
  }

  @Test
  void everyDocumentOfEachContainerIsAnnotatedOnce() {
    List<String> labels = labels();
    assertThat(labels).doesNotHaveDuplicates();
    for (Map.Entry<String, List<RawDocument>> e : READ.entrySet()) {
      for (RawDocument d : e.getValue()) {
        assertThat(labels)
            .as("gold entry for a document of %s", e.getKey())
            .containsAnyOf(e.getKey() + "#" + d.origin().recordId(), e.getKey() + "#" + d.id());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> annotationsPointAtTextOfTheirRecord() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String file = doc.get("file").asText();
      String record = doc.path("record").asText(null);
      tests.add(
          DynamicTest.dynamicTest(
              file + "#" + record,
              () -> {
                assertThat(record).as("multi-document file needs a record").isNotBlank();
                List<RawDocument> matches =
                    READ.get(file).stream()
                        .filter(d -> record.equals(d.origin().recordId()) || record.equals(d.id()))
                        .toList();
                assertThat(matches).as("documents selected by record " + record).hasSize(1);
                checkAnchors(doc, matches.get(0));
              }));
    }
    return tests.stream();
  }

  @Test
  void corpusSectionNamesGoldDocuments() {
    List<String> labels = labels();
    JsonNode corpus = gold.get("corpus");
    for (JsonNode story : corpus.get("stories")) {
      story.forEach(l -> assertThat(labels).contains(l.asText()));
    }
    for (JsonNode same : corpus.get("same_entity")) {
      same.get("documents").forEach(l -> assertThat(labels).contains(l.asText()));
    }
    for (JsonNode link : corpus.get("must_not_link")) {
      assertThat(labels).contains(link.get("from").asText(), link.get("to").asText());
    }
  }

  private static List<String> labels() {
    List<String> labels = new ArrayList<>();
    gold.get("documents")
        .forEach(d -> labels.add(d.get("file").asText() + "#" + d.get("record").asText()));
    return labels;
  }

  private static List<RawDocument> readContainer(String file) {
    WalkedDocuments read =
        new InputWalker(Sources.defaults()).readAll(List.of(samples.resolve(file)));
    assertThat(read.errors()).as("errors reading " + file).isEmpty();
    return read.documents();
  }

  /**
   * Every string an annotation locates (must-contain, quotes, reported speech, dates, citation
   * texts, aliases) is in the document's plain text; every must-not-contain string is in its raw
   * content or plain text, so the check guards against something really there.
   */
  private static void checkAnchors(JsonNode doc, RawDocument document) {
    String plain =
        document.format() == Format.HTML
            ? Jsoup.parse(document.content()).text()
            : document.content().replaceAll("\\s+", " ");
    List<String> anchors = new ArrayList<>();
    doc.path("text_must_contain").forEach(n -> anchors.add(n.asText()));
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
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode e : doc.path("entities")) {
      e.path("aliases").forEach(a -> anchors.add(a.asText()));
      names.add(e.get("name").asText());
    }
    String label = doc.get("file").asText() + "#" + doc.get("record").asText();
    for (String a : anchors) {
      assertThat(plain).as(label).contains(a);
    }
    for (JsonNode n : doc.path("text_must_not_contain")) {
      assertThat(document.content().contains(n.asText()) || plain.contains(n.asText()))
          .as(label + ": must-not string \"" + n.asText() + "\" is not in the document at all")
          .isTrue();
    }
    for (JsonNode s : doc.path("reported_speech")) {
      if (s.has("speaker") && !s.get("speaker").isNull()) {
        assertThat(names)
            .as(label + ": speaker is a gold entity")
            .contains(s.get("speaker").asText());
      }
    }
    for (JsonNode q : doc.path("quotes")) {
      if (q.has("speaker") && !q.get("speaker").isNull()) {
        assertThat(names)
            .as(label + ": speaker is a gold entity")
            .contains(q.get("speaker").asText());
      }
    }
  }
}
