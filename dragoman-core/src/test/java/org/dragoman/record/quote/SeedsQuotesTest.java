package org.dragoman.record.quote;

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
import org.dragoman.analysis.Analyzer;
import org.dragoman.model.Analysis;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.Quote;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline on the two seed documents, scored against the gold quotes and reported speech
 * by the rules of the shared gold-format document (speakers, and the citations gold lists for a
 * quote). Needs the entity and citation stages of main. Skips when the shared folder is absent.
 */
class SeedsQuotesTest {
  private static final Path SHARED = Path.of(System.getProperty("dragoman.shared", "../../shared"));
  private static Analyzer analyzer;
  private static JsonNode gold;

  @BeforeAll
  static void load() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(SHARED.resolve("gold")), "../shared not present: skipping seeds quotes");
    gold = new ObjectMapper().readTree(SHARED.resolve("gold/seeds.gold.json").toFile());
    analyzer = Analyzer.defaults();
  }

  /** One gold item checked against the prediction. */
  record Check(String doc, String section, String quote, boolean ok, String detail) {}

  static List<Check> checks() throws IOException {
    List<Check> out = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String file = doc.get("file").asText();
      String content = Files.readString(SHARED.resolve(file), StandardCharsets.UTF_8);
      Analysis a =
          analyzer.analyze(new RawDocument(Origin.ofPath(file), Format.TEXT, content, null));
      for (String section : List.of("quotes", "reported_speech")) {
        for (JsonNode item : doc.path(section)) {
          out.add(check(file, section, item, a));
        }
      }
    }
    return out;
  }

  private static Check check(String file, String section, JsonNode item, Analysis a) {
    String text = a.text();
    String quote = item.has("quote") ? item.get("quote").asText() : item.get("contains").asText();
    int at;
    if (item.has("contains") && item.has("quote")) {
      int c = text.indexOf(item.get("contains").asText());
      at = c < 0 ? -1 : text.indexOf(quote, c);
    } else {
      at = text.indexOf(quote);
    }
    if (at < 0) {
      return new Check(file, section, quote, false, "not in the predicted text");
    }
    int end = at + quote.length();
    Quote hit =
        a.quotes().stream().filter(q -> q.start() < end && at < q.end()).findFirst().orElse(null);
    String said = hit == null || hit.speaker() == null ? null : hit.speaker().name();
    boolean goldNull = item.has("speaker") && item.get("speaker").isNull();
    boolean ok;
    if (goldNull) {
      ok = said == null;
    } else if (hit == null) {
      ok = false;
    } else {
      List<String> any = new ArrayList<>();
      if (item.hasNonNull("speaker")) {
        any.add(item.get("speaker").asText());
      }
      boolean nullAllowed = false;
      for (JsonNode s : item.path("speaker_any")) {
        if (s.isNull()) {
          nullAllowed = true;
        } else {
          any.add(s.asText());
        }
      }
      boolean forbidden = false;
      for (JsonNode s : item.path("speaker_not")) {
        forbidden |= said != null && s.asText().equalsIgnoreCase(said);
      }
      ok =
          !forbidden
              && (said == null
                  ? nullAllowed
                  : any.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(lower(said))));
    }
    if (ok && hit != null && item.has("citations")) {
      List<String> sources = new ArrayList<>();
      for (String id : hit.citations()) {
        a.citations().stream()
            .filter(c -> c.id().equals(id))
            .forEach(c -> sources.add(lower(c.source())));
      }
      for (JsonNode c : item.get("citations")) {
        ok &= sources.contains(lower(c.asText()));
      }
    }
    String detail =
        hit == null
            ? "no quote"
            : hit.kind() + " speaker=" + said + " cue=" + hit.cue() + " [" + hit.text() + "]";
    return new Check(file, section, quote, ok, detail);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Test
  void seedQuotesAndReportedSpeech() throws IOException {
    List<Check> checks = checks();
    checks.forEach(
        c ->
            System.out.println(
                (c.ok() ? "OK   " : "MISS ") + c.section() + " «" + c.quote() + "» " + c.detail()));
    long quotesOk = checks.stream().filter(c -> c.section().equals("quotes") && c.ok()).count();
    long reportedOk =
        checks.stream().filter(c -> c.section().equals("reported_speech") && c.ok()).count();
    System.out.println("seeds: quotes " + quotesOk + "/15, reported speech " + reportedOk + "/7");
    assertThat(quotesOk).as("seed quotes with the right speaker and citations").isEqualTo(15);
    assertThat(reportedOk).as("seed reported statements with the right speaker").isEqualTo(7);
  }
}
