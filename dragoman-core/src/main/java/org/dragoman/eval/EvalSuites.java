package org.dragoman.eval;

import java.util.List;
import java.util.Optional;
import org.dragoman.eval.gold.GoldSuite;
import org.dragoman.eval.polnear.PolnearEvaluation;
import org.dragoman.eval.webpages.WebpagesEvaluation;
import org.dragoman.structure.PageReaders;

/** The registered suites, in report order. */
public final class EvalSuites {
  /**
   * Articles of polnear-train scored by the regression suite, spread evenly over the name order and
   * so over all seven publishers (the whole set takes minutes: suite polnear-train-all).
   */
  public static final int POLNEAR_SAMPLE = 140;

  /** The suite that scores every polnear-train article; run only when named. */
  public static final String POLNEAR_ALL = "polnear-train-all";

  private EvalSuites() {}

  public static List<EvalSuite> all(EvalContext context) {
    return List.of(
        new GoldSuite(
            "seeds", context.shared().resolve("gold").resolve("seeds.gold.json"), context),
        new GoldSuite(
            "samples",
            context.repo().resolve("samples").resolve("gold").resolve("samples.gold.json"),
            context),
        new GoldSuite(
            "samples-containers",
            context.repo().resolve("samples").resolve("gold").resolve("containers.gold.json"),
            context),
        new DataSuite(
            WebpagesEvaluation.SUITE,
            context.shared().resolve("data").resolve("webpages-dev"),
            (data, failures) ->
                WebpagesEvaluation.evaluate(
                    data, PageReaders.defaults(), Integer.MAX_VALUE, failures)),
        new DataSuite(
            PolnearEvaluation.SUITE,
            context.shared().resolve("data").resolve("polnear-train"),
            (data, failures) ->
                PolnearEvaluation.evaluate(
                    data, context.analyzer().get(), POLNEAR_SAMPLE, failures)));
  }

  /** Suites too slow for {@code all}, run only when named. */
  public static List<EvalSuite> onRequest(EvalContext context) {
    return List.of(
        new DataSuite(
            POLNEAR_ALL,
            context.shared().resolve("data").resolve("polnear-train"),
            (data, failures) ->
                PolnearEvaluation.evaluate(data, context.analyzer().get(), 0, failures)));
  }

  public static Optional<EvalSuite> named(EvalContext context, String name) {
    return java.util.stream.Stream.concat(all(context).stream(), onRequest(context).stream())
        .filter(s -> s.name().equals(name))
        .findFirst();
  }

  public static List<String> names(EvalContext context) {
    return all(context).stream().map(EvalSuite::name).toList();
  }
}
