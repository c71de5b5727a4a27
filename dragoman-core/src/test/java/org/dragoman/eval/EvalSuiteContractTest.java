package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EvalSuite} must do. An implementation's test extends this class and supplies a
 * suite on a tiny fixture, and the same suite with its data absent.
 */
public abstract class EvalSuiteContractTest {
  /** A suite whose data is present (a tiny fixture). */
  protected abstract EvalSuite suite();

  /** The same kind of suite whose data is absent. */
  protected abstract EvalSuite suiteWithoutData();

  @Test
  void itsNameCanPrefixRegressionKeys() {
    assertThat(suite().name()).isNotBlank().doesNotContain(".").doesNotContain(" ");
  }

  @Test
  void withoutItsDataItSaysWhyItCannotRun() {
    assertThat(suiteWithoutData().unavailable())
        .hasValueSatisfying(r -> assertThat(r).isNotBlank());
  }

  @Test
  void itsReportCarriesItsNameAndDistinctFiguresBetweenZeroAndOne() {
    EvalSuite suite = suite();
    Assumptions.assumeTrue(suite.unavailable().isEmpty(), "fixture missing");
    EvalReport report = suite.run();
    assertThat(report.suite()).isEqualTo(suite.name());
    assertThat(report.scores()).isNotEmpty();
    Set<String> keys = new HashSet<>();
    for (Score s : report.scores()) {
      assertThat(keys.add(s.key())).as("duplicate key " + s.key()).isTrue();
      assertThat(s.value()).as(s.key()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void listingFailuresDoesNotChangeTheFigures() {
    EvalSuite suite = suite();
    Assumptions.assumeTrue(suite.unavailable().isEmpty(), "fixture missing");
    java.util.List<String> failures = new java.util.ArrayList<>();
    assertThat(suite.run(failures::add).scores()).isEqualTo(suite.run().scores());
    assertThat(failures).allSatisfy(f -> assertThat(f).isNotBlank());
  }

  @Test
  void runningTwiceGivesTheSameFigures() {
    EvalSuite suite = suite();
    Assumptions.assumeTrue(suite.unavailable().isEmpty(), "fixture missing");
    assertThat(suite.run().scores()).isEqualTo(suite.run().scores());
  }
}
