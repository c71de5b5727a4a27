package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.eval.EvalReport;
import org.dragoman.model.Page;
import org.dragoman.structure.HtmlPageReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

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
}
