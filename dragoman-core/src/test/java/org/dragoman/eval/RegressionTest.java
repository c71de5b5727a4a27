package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every available suite with the full pipeline and compares each figure with
 * eval/regression.json: a figure more than {@link RegressionCheck#TOLERANCE} below its expected
 * value fails; a better one is printed so that someone raises the bar. Suites whose data is absent
 * (no ../shared, evaluator not merged) are skipped with the reason.
 */
class RegressionTest {
  private static final EvalContext CONTEXT = EvalContext.fromSystem();

  @TestFactory
  Stream<DynamicTest> noFigureDropsBelowTheRegressionFile() {
    RegressionFile expected = RegressionFile.read(CONTEXT.regressionFile());
    List<EvalSuite> suites = EvalSuites.all(CONTEXT);
    return suites.stream()
        .map(suite -> DynamicTest.dynamicTest(suite.name(), () -> check(suite, expected)));
  }

  private static void check(EvalSuite suite, RegressionFile expected) {
    Assumptions.assumeTrue(
        Files.exists(CONTEXT.regressionFile()),
        CONTEXT.regressionFile() + " not present: skipping " + suite.name());
    Assumptions.assumeTrue(
        suite.unavailable().isEmpty(),
        () -> suite.unavailable().orElse("") + ": skipping suite " + suite.name());
    Map<String, Double> figures = expected.suite(suite.name());
    Assumptions.assumeTrue(
        figures != null,
        "no expected figures for "
            + suite.name()
            + ": record them with dragoman eval --suite "
            + suite.name()
            + " --update-regression");
    EvalReport report = suite.run();
    RegressionCheck check = RegressionCheck.compare(report, figures);
    System.out.print(report.table());
    System.out.print(check.table());
    assertThat(check.failures())
        .as("figures of %s that dropped:%n%s", suite.name(), check.table())
        .isEmpty();
  }
}
