package org.dragoman.eval;

import java.util.Optional;

/**
 * A registered suite whose evaluator is not part of this build yet; always unavailable, with the
 * reason. Replace it in {@link EvalSuites} when the evaluator lands.
 */
public record PendingSuite(String name, String reason) implements EvalSuite {
  @Override
  public Optional<String> unavailable() {
    return Optional.of(reason);
  }

  @Override
  public EvalReport run() {
    throw new IllegalStateException(name + ": " + reason);
  }
}
