package org.dragoman.eval.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.dragoman.eval.EvalContext;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.EvalSuite;
import org.dragoman.source.Sources;

/** A suite that scores the full pipeline on one gold file. */
public final class GoldSuite implements EvalSuite {
  private final String name;
  private final Path goldFile;
  private final EvalContext context;

  public GoldSuite(String name, Path goldFile, EvalContext context) {
    this.name = name;
    this.goldFile = goldFile;
    this.context = context;
  }

  @Override
  public String name() {
    return name;
  }

  public Path goldFile() {
    return goldFile;
  }

  @Override
  public Optional<String> unavailable() {
    return Files.isRegularFile(goldFile)
        ? Optional.empty()
        : Optional.of(goldFile + " not present");
  }

  @Override
  public EvalReport run() {
    return result().report();
  }

  @Override
  public EvalReport run(Consumer<String> failures) {
    GoldResult result = result();
    result.failures().forEach(c -> failures.accept(c.line()));
    return result.report();
  }

  /** The figures with every check behind them. */
  public GoldResult result() {
    return new GoldEvaluation(d -> context.analyzer().get().analyze(d), Sources.defaults())
        .evaluate(name, goldFile);
  }
}
