package org.dragoman.eval;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.dragoman.analysis.Analyzer;

/**
 * What suites need to run: the repository (for samples/ and eval/regression.json), the shared
 * folder (gold files and development data), and the pipeline, built once on first use.
 *
 * @param repo the repository root
 * @param shared the shared folder (may be absent: suites that need it are then unavailable)
 * @param analyzer the full pipeline, loaded lazily and at most once
 */
public record EvalContext(Path repo, Path shared, Supplier<Analyzer> analyzer) {

  /** A context with the default pipeline, built on first use. */
  public static EvalContext of(Path repo, Path shared) {
    return new EvalContext(repo, shared, new Once<>(Analyzer::defaults));
  }

  /**
   * The context from system properties: {@code dragoman.home} (set by the launcher) or {@code
   * dragoman.repo} (set by the build) for the repository, else the working directory; {@code
   * dragoman.shared} for the shared folder, else {@code ../shared} next to the repository.
   */
  public static EvalContext fromSystem() {
    String home = System.getProperty("dragoman.home", System.getProperty("dragoman.repo", "."));
    Path repo = Path.of(home).toAbsolutePath().normalize();
    String shared = System.getProperty("dragoman.shared");
    return of(
        repo,
        shared == null || shared.isBlank()
            ? repo.resolveSibling("shared")
            : Path.of(shared).toAbsolutePath().normalize());
  }

  /** eval/regression.json in the repository. */
  public Path regressionFile() {
    return repo.resolve("eval").resolve("regression.json");
  }

  /** A value computed once, on first use, safely across threads. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private T value;

    Once(Supplier<T> compute) {
      this.compute = compute;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }
}
