package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.eval.RegressionCheck.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionCheckTest {
  @TempDir Path dir;

  static EvalReport report(double a, double b) {
    return new EvalReport(
        "s",
        List.of(new Score("a", "recall", a, 0, 0), new Score("b", "accuracy", b, 0, 0)),
        List.of());
  }

  @Test
  void smallDropsAreToleratedLargerOnesFail() {
    Map<String, Double> expected = Map.of("a.recall", 0.80, "b.accuracy", 0.50);
    assertThat(RegressionCheck.compare(report(0.796, 0.50), expected).passed()).isTrue();
    RegressionCheck dropped = RegressionCheck.compare(report(0.79, 0.50), expected);
    assertThat(dropped.passed()).isFalse();
    assertThat(dropped.failures()).extracting(RegressionCheck.Row::key).containsExactly("a.recall");
    assertThat(dropped.table()).contains("DROP");
  }

  @Test
  void betterFiguresAreReportedNotFailed() {
    RegressionCheck better =
        RegressionCheck.compare(report(0.9, 0.5), Map.of("a.recall", 0.8, "b.accuracy", 0.5));
    assertThat(better.passed()).isTrue();
    assertThat(better.improvements())
        .extracting(RegressionCheck.Row::key)
        .containsExactly("a.recall");
    assertThat(better.table()).contains("raise the bar");
  }

  @Test
  void aFigureNoLongerMeasuredFailsAndANewOneIsListed() {
    RegressionCheck check =
        RegressionCheck.compare(report(0.8, 0.5), Map.of("a.recall", 0.8, "c.f1", 0.3));
    assertThat(check.rows())
        .extracting(RegressionCheck.Row::key, RegressionCheck.Row::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.recall", Status.SAME),
            org.assertj.core.groups.Tuple.tuple("b.accuracy", Status.NEW),
            org.assertj.core.groups.Tuple.tuple("c.f1", Status.GONE));
    assertThat(check.passed()).isFalse();
  }

  @Test
  void theFileRoundTripsAndUpdatesOnlyTheSuitesRun() {
    Map<String, Map<String, Double>> suites = new LinkedHashMap<>();
    suites.put("other", Map.of("x.f1", 0.25));
    suites.put("s", Map.of("a.recall", 0.1));
    Path file = dir.resolve("eval/regression.json");
    new RegressionFile(suites).with(List.of(report(0.123456, 0.5))).write(file);
    RegressionFile read = RegressionFile.read(file);
    assertThat(read.suites().keySet()).containsExactly("other", "s");
    assertThat(read.suite("other")).containsEntry("x.f1", 0.25);
    assertThat(read.suite("s"))
        .containsExactly(Map.entry("a.recall", 0.1235), Map.entry("b.accuracy", 0.5));
    assertThat(RegressionFile.read(dir.resolve("absent.json")).suites()).isEmpty();
  }
}
