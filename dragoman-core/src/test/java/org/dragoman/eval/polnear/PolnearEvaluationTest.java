package org.dragoman.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.analysis.Analyzer;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.EvalSuites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quote attribution on a sample of PolNeAR spread over all seven publishers, with floors just under
 * what the pipeline achieves. Skips when the shared folder is absent. {@code -Dpolnear.limit=N}
 * scores another sample size (0 = all) without the floors.
 */
class PolnearEvaluationTest {
  private static final int SUBSET = EvalSuites.POLNEAR_SAMPLE;

  @Test
  void attributionOnASubset() throws IOException {
    Path dir =
        Path.of(System.getProperty("dragoman.shared", "../../shared"), "data", "polnear-train");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present: skipping PolNeAR");
    int limit = Integer.getInteger("polnear.limit", SUBSET);
    String missesFile = System.getProperty("polnear.misses");
    List<String> misses = new ArrayList<>();
    EvalReport report = PolnearEvaluation.evaluate(dir, Analyzer.defaults(), limit, misses::add);
    if (missesFile != null) {
      Files.write(Path.of(missesFile), misses, StandardCharsets.UTF_8);
    }
    System.out.print(report.table());
    assertThat(report.suite()).isEqualTo("polnear-train");
    if (limit != SUBSET) {
      return;
    }
    // measured on these 140 articles: 0.683, 1.000, 0.538, 0.906, 0.817, 0.882, 0.831, 0.802
    assertThat(value(report, "attribution-content.recall")).isGreaterThanOrEqualTo(0.67);
    assertThat(value(report, "attribution-content-quoted.recall")).isGreaterThanOrEqualTo(0.98);
    assertThat(value(report, "attribution-content-unquoted.recall")).isGreaterThanOrEqualTo(0.52);
    assertThat(value(report, "attribution-content.precision")).isGreaterThanOrEqualTo(0.90);
    assertThat(value(report, "attribution-speaker.accuracy")).isGreaterThanOrEqualTo(0.80);
    assertThat(value(report, "attribution-speaker-named.accuracy")).isGreaterThanOrEqualTo(0.87);
    assertThat(value(report, "attribution-speaker-quoted.accuracy")).isGreaterThanOrEqualTo(0.82);
    assertThat(value(report, "attribution-speaker-unquoted.accuracy")).isGreaterThanOrEqualTo(0.79);
  }

  @Test
  void theSampleIsSpreadOverTheWholeList() {
    List<Integer> items = java.util.stream.IntStream.range(0, 10).boxed().toList();
    assertThat(PolnearEvaluation.spread(items, 5)).containsExactly(0, 2, 4, 6, 8);
    assertThat(PolnearEvaluation.spread(items, 0)).isEqualTo(items);
    assertThat(PolnearEvaluation.spread(items, 20)).isEqualTo(items);
    assertThat(PolnearEvaluation.publisherOf("wash-post_2016-01-07_x")).isEqualTo("wash-post");
  }

  private static double value(EvalReport report, String key) {
    return report.score(key).orElseThrow().value();
  }
}
