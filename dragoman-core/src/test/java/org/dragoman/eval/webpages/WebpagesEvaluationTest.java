package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dragoman.eval.EvalReport;
import org.dragoman.model.Page;
import org.dragoman.structure.HtmlPageReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regression guard for HTML structure: the scores on webpages-dev must not fall. */
class WebpagesEvaluationTest {
  /** Just under what HtmlPageReader achieves; raise it when the reader gets better. */
  private static final double F1_FLOOR = 0.928;

  private static Path dataset() {
    Path shared = Path.of(System.getProperty("dragoman.shared", "../shared"));
    Path dir = shared.resolve("data/webpages-dev");
    Assumptions.assumeTrue(
        Files.isDirectory(dir), dir + " not present: skipping the webpages-dev evaluation");
    return dir;
  }

  @Test
  void fullSetStaysAboveTheFloor() {
    EvalReport report = WebpagesEvaluation.evaluate(dataset(), new HtmlPageReader());
    System.out.print(report.table());
    assertThat(report.suite()).isEqualTo("webpages-dev");
    assertThat(report.score("body.f1").orElseThrow().value()).isGreaterThan(F1_FLOOR);
    assertThat(report.score("body.precision").orElseThrow().value()).isGreaterThan(0.928);
    assertThat(report.score("body.recall").orElseThrow().value()).isGreaterThan(0.928);
    assertThat(report.score("title.accuracy").orElseThrow().value()).isGreaterThan(0.84);
    assertThat(report.score("author.accuracy").orElseThrow().value()).isGreaterThan(0.67);
    assertThat(report.score("date.accuracy").orElseThrow().value()).isGreaterThan(0.85);
    assertThat(report.score("body.recall").orElseThrow().total()).isGreaterThan(2500);
  }

  @Test
  void mistypedGoldDatesAreReadAsDates() {
    assertThat(WebpagesEvaluation.goldDate("2022-29-11")).isEqualTo("2022-11-29");
    assertThat(WebpagesEvaluation.goldDate("2022-01.26")).isEqualTo("2022-01-26");
    assertThat(WebpagesEvaluation.goldDate("2022-11-1")).isEqualTo("2022-11-01");
    assertThat(WebpagesEvaluation.goldDate("2020-02-05")).isEqualTo("2020-02-05");
  }

  @Test
  void aSubsetIsScoredAndSaidToBeOne() {
    EvalReport report = WebpagesEvaluation.evaluate(dataset(), new HtmlPageReader(), 10);
    assertThat(report.notes()).anyMatch(n -> n.contains("limited to the first 10 pages"));
    assertThat(report.score("body.recall").orElseThrow().total()).isBetween(10, 60);
  }

  @Test
  void snippetsAreMatchedWithWhitespaceCollapsed() {
    WebpagesEvaluation.Case c =
        new WebpagesEvaluation.Case(
            "https://x.example/a",
            "a",
            List.of("the  quick\nfox", "missing words"),
            List.of("Impressum", "Share"),
            "A Title",
            "Von Ana Li und Tom Reed",
            "2020-01-02");
    Page page =
        new Page(
            "A title",
            List.of("Tom Reed", "Ana Li"),
            null,
            null,
            "2020-01-02T10:00",
            "meta date",
            "the quick fox\n\njumps. Share",
            null,
            null,
            null);
    WebpagesEvaluation.PageResult r = WebpagesEvaluation.score(c, page);
    assertThat(r.missed()).containsExactly("missing words");
    assertThat(r.leaked()).containsExactly("Share");
    EvalReport report = WebpagesEvaluation.report(List.of(r), List.of());
    assertThat(report.score("body.precision").orElseThrow().value()).isEqualTo(0.5);
    assertThat(report.score("body.recall").orElseThrow().value()).isEqualTo(0.5);
    assertThat(report.score("body.f1").orElseThrow().value()).isEqualTo(0.5);
    assertThat(report.score("title.accuracy").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.score("author.accuracy").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.score("date.accuracy").orElseThrow().value()).isEqualTo(1.0);
  }

  @Test
  void titlesCompareWithoutInvisibleCharactersAndInCanonicalComposition() {
    assertThat(WebpagesEvaluation.sameTitle("Stra\u00adßen\u00adbahn fährt", "Straßenbahn fährt"))
        .isTrue();
    assertThat(WebpagesEvaluation.sameTitle("Cafe\u0301 reopens", "Caf\u00e9 reopens")).isTrue();
    assertThat(
            WebpagesEvaluation.sameTitle(
                "\u09ac\u09be\u09dc\u09bf", "\u09ac\u09be\u09a1\u09bc\u09bf"))
        .isTrue();
    assertThat(WebpagesEvaluation.sameTitle("Tram runs late", "Tram runs")).isFalse();
  }

  @Test
  void invisibleCharactersAreDroppedOnBothSides() {
    assertThat(WebpagesEvaluation.comparable("Werk\u00adzeug\u00adty\u00adpen"))
        .isEqualTo("Werkzeugtypen");
    assertThat(WebpagesEvaluation.comparable(" noodles)\u2063 and\u00a0\u200b rice\ufeff "))
        .isEqualTo("noodles) and rice");
    WebpagesEvaluation.Case c =
        new WebpagesEvaluation.Case(
            "https://x.example/b",
            "b",
            List.of("Lauf\u00adzei\u00adten be\u00adhan\u00addelt", "120g kway teow\u2063"),
            List.of("Kern\u00adwerk\u00adzeuge", "Auf\u00a0Wiedersehen"),
            null,
            null,
            null);
    Page page =
        new Page(
            null,
            List.of(),
            null,
            null,
            null,
            null,
            "Die Laufzeiten behandelt er.\n\n120g kway\u200b teow\n\nKernwerk\u00adzeuge",
            null,
            null,
            null);
    WebpagesEvaluation.PageResult r = WebpagesEvaluation.score(c, page);
    assertThat(r.missed()).isEmpty();
    assertThat(r.leaked()).containsExactly("Kern\u00adwerk\u00adzeuge");
  }

  private static final String ARTICLE =
      "Crews began replacing the rotten planks of the old harbour pier on Monday. "
          .repeat(12)
          .strip();

  private static void page(Path dir, String name, String articleBody, String bodyHtml)
      throws IOException {
    String ld =
        articleBody == null
            ? ""
            : "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Pier repairs\",\"articleBody\":\""
                + articleBody
                + "\"}</script>";
    String html =
        "<html><head><title>Pier repairs</title>"
            + ld
            + "</head><body><article><h1>Pier repairs</h1>"
            + bodyHtml
            + "</article></body></html>";
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(name + ".gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void wholeBodiesAreComparedWithTheirArticleBodyWorstFirst(@TempDir Path dir) throws IOException {
    String paragraphs = "<p>" + ARTICLE + "</p>";
    page(dir, "same", ARTICLE, paragraphs);
    page(
        dir,
        "extra",
        ARTICLE,
        paragraphs + "<p>" + "Sign up for our weekly letter. ".repeat(30) + "</p>");
    page(dir, "none", null, paragraphs);
    Files.writeString(
        dir.resolve("evaldata.json"),
        "{\"https://x.example/1\":{\"file\":\"same\",\"with\":[\"old harbour pier\"],"
            + "\"without\":[]},"
            + "\"https://x.example/2\":{\"file\":\"extra\",\"with\":[],\"without\":[]},"
            + "\"https://x.example/3\":{\"file\":\"none\",\"with\":[],\"without\":[]}}");
    List<String> lines = new ArrayList<>();
    EvalReport report =
        WebpagesEvaluation.evaluate(dir, new HtmlPageReader(), Integer.MAX_VALUE, lines::add);
    assertThat(report.score("body.recall").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.score("body-shingle.recall").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.score("body-shingle.recall").orElseThrow().total()).isEqualTo(2);
    double extraPrecision = report.score("body-shingle.precision").orElseThrow().value();
    assertThat(extraPrecision).isLessThan(1.0).isGreaterThan(0.5);
    assertThat(report.score("body-shingle.pages-f1-half").orElseThrow().value()).isEqualTo(1.0);
    assertThat(report.notes())
        .anyMatch(n -> n.contains("2 of 3 pages carry a JSON-LD articleBody"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("extra body-shingle: F1 0.")
        .contains("extra «pier on Monday. Sign up for our weekly letter.");
  }
}
