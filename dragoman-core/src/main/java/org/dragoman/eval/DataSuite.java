package org.dragoman.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A suite that evaluates one data file or folder; unavailable when it is absent.
 *
 * @param name the suite's name
 * @param data the file or folder it reads
 * @param evaluation computes the report from the data
 */
public record DataSuite(String name, Path data, Function<Path, EvalReport> evaluation)
    implements EvalSuite {
  @Override
  public Optional<String> unavailable() {
    return Files.exists(data) ? Optional.empty() : Optional.of(data + " not present");
  }

  @Override
  public EvalReport run() {
    EvalReport report = evaluation.apply(data);
    return new EvalReport(name, report.scores(), report.notes());
  }
}
