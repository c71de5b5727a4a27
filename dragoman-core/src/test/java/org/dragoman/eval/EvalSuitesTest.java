package org.dragoman.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSuitesTest {
  @TempDir Path dir;

  @Test
  void everySuiteIsRegisteredInReportOrder() {
    EvalContext context = context();
    assertThat(EvalSuites.names(context))
        .containsExactly("seeds", "samples", "samples-containers", "webpages-dev", "polnear-train");
    assertThat(EvalSuites.named(context, "samples")).isPresent();
    assertThat(EvalSuites.named(context, "nonesuch")).isEmpty();
  }

  @Test
  void withoutTheirDataSuitesAreUnavailableAndSayWhy() {
    for (EvalSuite suite : EvalSuites.all(context())) {
      assertThat(suite.unavailable())
          .as(suite.name())
          .hasValueSatisfying(r -> assertThat(r).contains("not present"));
    }
  }

  private EvalContext context() {
    return new EvalContext(
        dir.resolve("repo"),
        dir.resolve("shared"),
        () -> {
          throw new AssertionError("no suite may load the pipeline to say whether it can run");
        });
  }
}
