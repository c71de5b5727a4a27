package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Analysis;
import org.dragoman.model.RawDocument;
import org.dragoman.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold files and finding their documents; the pipeline is replaced by the raw text. */
class GoldEvaluationTest {
  @TempDir Path root;

  /** "Analyzes" a document by taking its content as the body: enough to test the plumbing. */
  static Analysis asIs(RawDocument d) {
    return new Analysis(
        d.id(),
        d.origin().source(),
        null,
        null,
        null,
        null,
        null,
        null,
        d.content().strip(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void documentPathsResolveAgainstTheNearestAncestorThatHoldsThem() throws IOException {
    Files.createDirectories(root.resolve("corpus/seeds"));
    Files.createDirectories(root.resolve("gold"));
    Files.writeString(root.resolve("corpus/seeds/a.txt"), "Alpha text here.");
    Files.writeString(
        root.resolve("gold/x.gold.json"),
        """
        {"documents": [{"file": "corpus/seeds/a.txt", "text_must_contain": ["Alpha"],
                        "text_must_not_contain": ["Beta"]}]}
        """);
    List<RawDocument> seen = new ArrayList<>();
    GoldResult result =
        new GoldEvaluation(
                d -> {
                  seen.add(d);
                  return asIs(d);
                },
                Sources.defaults())
            .evaluate("x", root.resolve("gold/x.gold.json"));
    assertThat(seen).singleElement().satisfies(d -> assertThat(d.content()).contains("Alpha"));
    assertThat(result.report().score("body.accuracy").orElseThrow().value()).isEqualTo(1.0);
    assertThat(result.report().notes()).isEmpty();
  }

  @Test
  void theTinyGoldFindsItsArticleAboveTheGoldFolderAndScoresAPerfectAnalysisFull() {
    List<RawDocument> seen = new ArrayList<>();
    GoldResult result =
        new GoldEvaluation(
                d -> {
                  seen.add(d);
                  return GoldScorerTest.perfect();
                },
                Sources.defaults())
            .evaluate("tiny", GoldScorerTest.tinyGold());
    assertThat(seen).singleElement().satisfies(d -> assertThat(d.content()).contains("Kovac"));
    assertThat(result.failures()).isEmpty();
    assertThat(result.report().notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("corpus"));
  }

  @Test
  void aMissingDocumentFailsItsChecksAndIsNamedInTheNotes() throws IOException {
    Files.writeString(
        root.resolve("x.gold.json"),
        """
        {"documents": [{"file": "nowhere/b.txt", "text_must_contain": ["Alpha"],
                        "text_must_not_contain": ["Beta"]}],
         "corpus": {}}
        """);
    GoldResult result =
        new GoldEvaluation(GoldEvaluationTest::asIs, Sources.defaults())
            .evaluate("x", root.resolve("x.gold.json"));
    assertThat(result.report().score("body.accuracy").orElseThrow().correct()).isZero();
    assertThat(result.report().notes())
        .anySatisfy(n -> assertThat(n).contains("nowhere/b.txt").contains("not found"))
        .anySatisfy(n -> assertThat(n).contains("corpus section"));
  }

  @Test
  void aRecordSelectsOneDocumentByItsId() throws IOException {
    Files.writeString(root.resolve("one.txt"), "Gamma text.");
    String id = RawDocument.contentHash("Gamma text.");
    Files.writeString(
        root.resolve("x.gold.json"),
        "{\"documents\": [{\"file\": \"one.txt\", \"record\": \""
            + id
            + "\", \"text_must_contain\": [\"Gamma\"]},"
            + " {\"file\": \"one.txt\", \"record\": \"other\", \"text_must_contain\": [\"Gamma\"]}]}");
    GoldResult result =
        new GoldEvaluation(GoldEvaluationTest::asIs, Sources.defaults())
            .evaluate("x", root.resolve("x.gold.json"));
    assertThat(result.report().score("body.accuracy").orElseThrow().correct()).isEqualTo(1);
    assertThat(result.report().notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("no record other"));
  }

  @Test
  void malformedGoldFilesGetOneLineErrors() throws IOException {
    Path broken = Files.writeString(root.resolve("broken.json"), "{\"documents\": [");
    Path noFile = Files.writeString(root.resolve("nofile.json"), "{\"documents\": [{}]}");
    Path badType =
        Files.writeString(
            root.resolve("badtype.json"),
            "{\"documents\": [{\"file\": \"a\", \"entities\": [{\"name\": \"X\", \"type\": \"THING\"}]}]}");
    GoldReader reader = new GoldReader();
    assertThatThrownBy(() -> reader.read(broken))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("broken.json: not JSON");
    assertThatThrownBy(() -> reader.read(noFile)).hasMessageContaining("missing \"file\"");
    assertThatThrownBy(() -> reader.read(badType)).hasMessageContaining("unknown entity type");
    assertThatThrownBy(() -> reader.read(root.resolve("absent.json")))
        .hasMessageContaining("cannot read gold file");
  }

  @Test
  void theSharedSeedGoldIsReadCompletelyWhenPresent() {
    Path seeds =
        Path.of(System.getProperty("dragoman.shared", "../shared"), "gold/seeds.gold.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(seeds), "../shared not present: skipping the seed gold file");
    GoldFile gold = new GoldReader().read(seeds);
    assertThat(gold.documents()).hasSize(2);
    assertThat(gold.documents().get(0).quotes()).hasSize(8);
    assertThat(gold.documents().get(1).quotes()).hasSize(7);
    assertThat(gold.documents().get(1).quotes().get(0).speaker().allowsNone()).isTrue();
    assertThat(gold.hasCorpusSection()).isTrue();
    for (GoldDocument d : gold.documents()) {
      assertThat(GoldDocumentLoader.resolve(seeds, d.file())).isNotNull();
    }
  }
}
