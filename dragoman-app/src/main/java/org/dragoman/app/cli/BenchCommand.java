package org.dragoman.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.analysis.Analyzer;
import org.dragoman.eval.EvalContext;
import org.dragoman.eval.bench.BenchCorpus;
import org.dragoman.eval.bench.BenchResult;
import org.dragoman.eval.bench.CoreNlpQuotePipeline;
import org.dragoman.eval.bench.SideBySideBenchmark;
import org.dragoman.source.Sources;
import org.dragoman.structure.PageReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dragoman bench}: our pipeline against CoreNLP's quote pipeline, in tokens per second. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run our analysis and CoreNLP's own quote pipeline ("
          + CoreNlpQuotePipeline.ANNOTATORS
          + ") side by side on the same documents, one thread each, and print tokens per second"
          + " and the ratio; then ours on two threads over many documents, and the heap peak.",
      "Run it through ./dragoman (heap limit -Xmx2g). Default documents: samples/ and the shared"
          + " seeds when present. CoreNLP's pipeline is slow (~280 tokens/s): keep --docs small."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--docs",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Documents to run on (files or directories).")
  List<Path> docs = new ArrayList<>();

  @Option(
      names = "--passes",
      defaultValue = "5",
      description = "Timed passes of ours over the documents (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(
      names = "--copies",
      defaultValue = "10",
      description = "Copies of the documents for the multi-thread run (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads of the multi-thread run (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-corenlp", description = "Skip CoreNLP's quote pipeline.")
  boolean noCorenlp;

  @Option(
      names = "--structure",
      paramLabel = "DIR",
      description = "Also measure the structure stage on the HTML pages of DIR (pages/second).")
  Path structure;

  @Override
  public Integer call() {
    EvalContext context = EvalContext.fromSystem();
    List<Path> inputs = docs.isEmpty() ? defaultDocs(context) : docs;
    if (inputs.isEmpty()) {
      System.err.println(
          "error: no documents: give --docs PATH (no samples/ or shared seeds here)");
      return 2;
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        System.err.println("error: " + p + ": no such file or directory");
        return 2;
      }
    }
    System.err.println("documents: " + inputs);
    BenchCorpus corpus = BenchCorpus.read(inputs, Sources.defaults(), PageReaders.defaults());
    corpus.errors().forEach(e -> System.err.println("skipped: " + e));
    if (corpus.documents().isEmpty()) {
      System.err.println("error: none of the documents has a body to analyze");
      return 2;
    }
    BenchResult result =
        new SideBySideBenchmark(System.err)
            .run(
                corpus,
                Analyzer::defaults,
                CoreNlpQuotePipeline::new,
                new SideBySideBenchmark.Options(
                    Math.max(1, passes), Math.max(1, copies), Math.max(1, threads), !noCorenlp));
    System.out.print(result.table());
    if (structure != null) {
      // TODO(wire when merged): StructureThroughput.pagesPerSecond(structure) from the webpages
      // evaluation (org.dragoman.eval.webpages); print pages/second on one core here.
      System.out.println(
          "  structure throughput: not available in this build (StructureThroughput"
              + " not merged yet)");
    }
    return 0;
  }

  static List<Path> defaultDocs(EvalContext context) {
    List<Path> out = new ArrayList<>();
    Path samples = context.repo().resolve("samples");
    Path seeds = context.shared().resolve("corpus").resolve("seeds");
    if (Files.isDirectory(samples)) {
      out.add(samples); // its .dragomanignore leaves out the gold files and the README
    }
    if (Files.isDirectory(seeds)) {
      out.add(seeds);
    }
    return out;
  }
}
