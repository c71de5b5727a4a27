package org.dragoman.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A suite that evaluates one data file or folder; unavailable when it is absent.
 *
 * @param name the suite's name
 * @param data the file or folder it reads
 * @param evaluation computes the report from the data, telling the consumer each failed item
 */
public record DataSuite(
    String name, Path data, BiFunction<Path, Consumer<String>, EvalReport> evaluation)
    implements EvalSuite {

  /** A suite whose evaluator does not list failed items. */
  public static DataSuite of(String name, Path data, Function<Path, EvalReport> evaluation) {
    return new DataSuite(name, data, (path, failures) -> evaluation.apply(path));
  }

  @Override
  public Optional<String> unavailable() {
    return Files.exists(data) ? Optional.empty() : Optional.of(data + " not present");
  }

  @Override
  public EvalReport run() {
    return run(line -> {});
  }

  @Override
  public EvalReport run(Consumer<String> failures) {
    EvalReport report = evaluation.apply(data, failures);
    return new EvalReport(name, report.scores(), report.notes());
  }
}
