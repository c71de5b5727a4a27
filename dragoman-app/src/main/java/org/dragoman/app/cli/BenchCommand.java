package org.dragoman.app.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dragoman.analysis.Analyzer;
import org.dragoman.eval.EvalContext;
import org.dragoman.eval.bench.BenchCorpus;
import org.dragoman.eval.bench.BenchResult;
import org.dragoman.eval.bench.CoreNlpQuotePipeline;
import org.dragoman.eval.bench.SideBySideBenchmark;
import org.dragoman.eval.webpages.StructureThroughput;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.dragoman.source.InputWalker;
import org.dragoman.source.Sources;
import org.dragoman.source.WalkedDocuments;
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
      description =
          "Measure the structure stage on the HTML pages under DIR, pages per second on one"
              + " thread (alone, unless --docs is also given).")
  Path structure;

  @Option(
      names = "--structure-rounds",
      defaultValue = "5",
      description = "Timed rounds over the structure pages (default: ${DEFAULT-VALUE}).")
  int structureRounds;

  @Option(
      names = "--structure-warmup",
      defaultValue = "2",
      description =
          "Least untimed rounds over the structure pages before the timed ones; more follow"
              + " while a round still runs over 3%% faster than the one before (JIT compilation),"
              + " up to 6 (default: ${DEFAULT-VALUE}).")
  int structureWarmUp;

  @Override
  public Integer call() {
    if (structure != null) {
      int code = structure();
      if (code != 0 || docs.isEmpty()) {
        return code;
      }
    }
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
    return 0;
  }

  /** The structure stage alone on the HTML pages under {@code structure}, one thread. */
  private int structure() {
    if (!Files.exists(structure)) {
      System.err.println("error: " + structure + ": no such file or directory");
      return 2;
    }
    WalkedDocuments walked = new InputWalker(Sources.defaults()).readAll(List.of(structure));
    List<RawDocument> pages =
        walked.documents().stream().filter(d -> d.format() == Format.HTML).toList();
    if (pages.isEmpty()) {
      System.err.println("error: no HTML pages under " + structure);
      return 2;
    }
    long bytes = pages.stream().mapToLong(p -> p.content().length()).sum();
    System.err.println(
        "structure: "
            + pages.size()
            + " HTML pages ("
            + walked.errors().size()
            + " unreadable files skipped)");
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    StructureThroughput.Result r =
        StructureThroughput.measure(
            pages,
            PageReaders.defaults(),
            Math.max(0, structureWarmUp),
            Math.max(1, structureRounds));
    System.out.printf(
        Locale.ROOT,
        "== bench: structure stage, %d HTML pages (%.1f MB of text), %d warm-up and %d timed"
            + " round(s)%n"
            + "  %-44s %.1f pages/s (wall clock, %.2f s)%n"
            + "  %-44s %.1f pages/s (CPU time of the measuring thread, %.2f s)%n"
            + "  %-44s %.2f s collector time, %.2f MB allocated a page%n"
            + "  %-44s %s pages/s, median %.1f%n"
            + "  %-44s %.2f before, %.2f after (%d cores; a busy machine slows the rounds)%n",
        pages.size(),
        bytes / 1e6,
        r.warmUpRounds(),
        Math.max(1, structureRounds),
        "structure (PageReaders.defaults), 1 thread",
        r.pagesPerSecond(),
        r.wallSeconds(),
        "  same, per CPU-second (one core)",
        r.pagesPerCpuSecond(),
        r.cpuSeconds(),
        "  memory",
        r.gcSeconds(),
        r.allocatedBytesPerPage() / 1e6,
        "  rounds, slowest to fastest",
        r.roundPagesPerSecond().stream()
            .map(rate -> String.format(Locale.ROOT, "%.1f", rate))
            .collect(Collectors.joining(" ")),
        r.medianRoundPagesPerSecond(),
        "  machine load average (1 min)",
        loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
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
