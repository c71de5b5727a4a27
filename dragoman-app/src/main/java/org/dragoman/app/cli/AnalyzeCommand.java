package org.dragoman.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.analysis.AnalysisJson;
import org.dragoman.analysis.AnalysisText;
import org.dragoman.analysis.Analyzer;
import org.dragoman.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dragoman analyze}: one analysis record per document. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Analyze documents (text, HTML, RSS/Atom, WARC, JSON Lines, directories) and write one"
            + " record per document.")
final class AnalyzeCommand implements Callable<Integer> {
  enum OutputFormat {
    jsonl,
    text
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--threads",
      description = "Documents analyzed at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-size",
      defaultValue = "10",
      paramLabel = "MB",
      description =
          "Largest document read, in megabytes; a larger one is an error (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress line on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Override
  public Integer call() {
    if (!(maxSizeMb > 0)) {
      System.err.println("error: --max-size must be a positive number of megabytes");
      return 2;
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintStream err = System.err;
    Analyzer analyzer = Analyzer.defaults();
    AnalysisRun run =
        new AnalysisRun(
            analyzer::analyze,
            Sources.defaults((long) (maxSizeMb * 1024 * 1024)),
            threads,
            err,
            new Progress(err, Progress.wanted(progress)));
    run.run(
        paths,
        a -> {
          out.println(format == OutputFormat.jsonl ? AnalysisJson.toLine(a) : AnalysisText.of(a));
          out.flush();
        });
    out.flush();
    err.printf(
        java.util.Locale.ROOT,
        "analyzed %d document(s), %d failure(s)%n",
        run.analyzed(),
        run.failed());
    return run.failed() == 0 ? 0 : 1;
  }
}
