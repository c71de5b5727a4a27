package org.dragoman.eval;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A named evaluation whose figures the regression file keeps ("seeds", "webpages-dev"...).
 *
 * <p>To add a suite:
 *
 * <ol>
 *   <li>Write the evaluator in its own package under {@code org.dragoman.eval}, returning an {@link
 *       EvalReport} named after the suite, with a stable set of scores in a stable order.
 *   <li>Implement this interface (or use {@link DataSuite} when the suite reads one data folder);
 *       say in {@link #unavailable()} why it cannot run when its data is absent.
 *   <li>Register it in {@link EvalSuites#all(EvalContext)}.
 *   <li>Run {@code dragoman eval --suite NAME --update-regression} to record its figures.
 *   <li>Add a test that extends {@code EvalSuiteContractTest} with a tiny hand-made fixture, and
 *       tests of the evaluator itself; {@code RegressionTest} then guards the suite's figures.
 * </ol>
 */
public interface EvalSuite {
  /** The suite's name: the first level of the regression file. */
  String name();

  /** Why the suite cannot run here (its data is absent...), or empty when it can. */
  Optional<String> unavailable();

  /** Runs the evaluation. Call only when {@link #unavailable()} is empty. */
  EvalReport run();

  /**
   * Runs the evaluation and tells {@code failures} each failed item, one readable line each
   * (expected and predicted), for {@code dragoman eval --verbose}. Suites that cannot list their
   * failures just run.
   */
  default EvalReport run(Consumer<String> failures) {
    return run();
  }
}
