package org.dragoman.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dragoman.eval.EvalContext;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.EvalSuite;
import org.dragoman.eval.EvalSuites;
import org.dragoman.eval.RegressionCheck;
import org.dragoman.eval.RegressionFile;
import org.dragoman.eval.gold.GoldEvaluation;
import org.dragoman.eval.gold.GoldFormatException;
import org.dragoman.eval.gold.GoldResult;
import org.dragoman.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dragoman eval}: score the pipeline on gold files and suites, and guard the figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline on gold files (--gold) or named suites (--suite) and print precision,"
          + " recall and accuracy per task.",
      "Suites: seeds (shared gold), samples, samples-containers (samples/gold), webpages-dev,"
          + " polnear-train (140 articles over all publishers); all. Also, only when named:"
          + " polnear-train-all (all 840 articles, minutes)."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--gold",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Gold files to score (docs/gold-format.md in the shared folder).")
  List<Path> gold = new ArrayList<>();

  @Option(
      names = "--suite",
      paramLabel = "NAME",
      description = "A registered suite, or all (default when no --gold is given); repeatable.")
  List<String> suites = new ArrayList<>();

  @Option(names = "--verbose", description = "List every failed check: expected and predicted.")
  boolean verbose;

  @Option(
      names = "--check",
      description = "Compare with the regression file; exit 1 when a figure drops.")
  boolean check;

  @Option(
      names = "--update-regression",
      description = "Write the measured figures to the regression file (prints what went down).")
  boolean update;

  @Option(
      names = "--regression",
      paramLabel = "FILE",
      description = "Regression file (default: eval/regression.json of the checkout).")
  Path regression;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared folder with gold files and data (default: ../shared).")
  Path shared;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    EvalContext system = EvalContext.fromSystem();
    EvalContext context =
        shared == null ? system : EvalContext.of(system.repo(), shared.toAbsolutePath());
    Path regressionPath = regression != null ? regression : context.regressionFile();
    List<EvalReport> reports = new ArrayList<>();
    int errors = 0;
    try {
      for (Path file : gold) {
        GoldResult result =
            new GoldEvaluation(d -> context.analyzer().get().analyze(d), Sources.defaults())
                .evaluate(suiteName(file), file);
        print(out, result.report(), verbose ? result.failureListing() : null);
        reports.add(result.report());
      }
      for (EvalSuite suite : chosenSuites(context, err)) {
        if (suite.unavailable().isPresent()) {
          out.println("== " + suite.name() + ": skipped (" + suite.unavailable().get() + ")");
          continue;
        }
        if (verbose) {
          List<String> failures = new ArrayList<>();
          EvalReport report = suite.run(failures::add);
          StringBuilder details =
              new StringBuilder("-- " + suite.name() + ": " + failures.size() + " failure(s)\n");
          failures.forEach(f -> details.append("  ").append(f).append('\n'));
          print(out, report, details.toString());
          reports.add(report);
        } else {
          EvalReport report = suite.run();
          print(out, report, null);
          reports.add(report);
        }
      }
    } catch (GoldFormatException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    if (check || update) {
      RegressionFile expected;
      try {
        expected = RegressionFile.read(regressionPath);
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
      errors += compare(out, reports, expected, check);
      if (update) {
        expected.with(reports).write(regressionPath);
        out.println("wrote " + regressionPath);
        return 0;
      }
    }
    return errors == 0 ? 0 : 1;
  }

  private List<EvalSuite> chosenSuites(EvalContext context, PrintStream err) {
    List<String> names = suites.isEmpty() && gold.isEmpty() ? List.of("all") : suites;
    List<EvalSuite> chosen = new ArrayList<>();
    for (String name : names) {
      if (name.equals("all")) {
        chosen.addAll(EvalSuites.all(context));
      } else {
        chosen.add(
            EvalSuites.named(context, name)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown suite "
                                + name
                                + " (known: "
                                + String.join(", ", EvalSuites.names(context))
                                + ", all)")));
      }
    }
    return chosen;
  }

  /** Prints the comparison with the regression file; returns the number of failing figures. */
  private static int compare(
      PrintStream out, List<EvalReport> reports, RegressionFile expected, boolean strict) {
    int failures = 0;
    out.println("== regression (tolerance " + RegressionCheck.TOLERANCE + ")");
    for (EvalReport r : reports) {
      RegressionCheck c = RegressionCheck.compare(r, expected.suite(r.suite()));
      out.print(c.table());
      for (RegressionCheck.Row row : c.failures()) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %s %s %s: expected %s, measured %s",
                strict ? "FAIL" : "LOWERED",
                row.suite(),
                row.key(),
                row.expected(),
                row.actual()));
      }
      failures += c.failures().size();
    }
    return failures;
  }

  private static void print(PrintStream out, EvalReport report, String details) {
    out.print(report.table());
    if (details != null) {
      out.print(details);
    }
    out.flush();
  }

  /** "seeds" for seeds.gold.json: the suite whose regression figures a gold file feeds. */
  static String suiteName(Path file) {
    String name = file.getFileName().toString();
    for (String ending : List.of(".gold.json", ".json")) {
      if (name.endsWith(ending)) {
        return name.substring(0, name.length() - ending.length());
      }
    }
    return name;
  }
}
