package org.dragoman.eval.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dragoman.analysis.Analyzer;

/**
 * Runs our full analysis and CoreNLP's quote pipeline on the same documents: each warmed up, then
 * timed, one thread each; then ours on two threads over many copies of the documents, with the heap
 * peak while ours runs.
 */
public final class SideBySideBenchmark {
  /**
   * How much to run.
   *
   * @param passes timed passes of our single-thread run over the documents (ours is fast; more
   *     passes steady the figure)
   * @param copies copies of the documents for the two-thread run
   * @param threads threads of the parallel run
   * @param baseline whether to run CoreNLP's pipeline at all
   */
  public record Options(int passes, int copies, int threads, boolean baseline) {}

  private final PrintStream progress;

  public SideBySideBenchmark(PrintStream progress) {
    this.progress = progress;
  }

  public BenchResult run(
      BenchCorpus corpus,
      Supplier<Analyzer> ours,
      Supplier<CoreNlpQuotePipeline> baseline,
      Options options) {
    List<BenchDocument> docs = corpus.documents();
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no documents with a body to benchmark");
    }
    Ours measured;
    try (HeapPeak heap = HeapPeak.start()) {
      measured = ours(corpus, ours, options, heap);
    }
    System.gc(); // let our pipeline go before CoreNLP's loads: each gets the whole heap

    Throughput reference = null;
    double loadSeconds = 0;
    long baselineHeap = 0;
    if (options.baseline()) {
      try (HeapPeak heap = HeapPeak.start()) {
        progress.println("loading CoreNLP " + CoreNlpQuotePipeline.ANNOTATORS + "...");
        long l0 = System.nanoTime();
        CoreNlpQuotePipeline corenlp = baseline.get();
        loadSeconds = seconds(l0);
        String first = docs.get(0).body();
        progress.println("CoreNLP: warm-up on one paragraph");
        corenlp.annotate(first.substring(0, Math.min(first.length(), 1500)));
        progress.println("CoreNLP: one timed pass, one thread");
        long c0 = System.nanoTime();
        double g0 = Throughput.gcSecondsSoFar();
        for (BenchDocument d : docs) {
          corenlp.annotate(d.body());
        }
        double gc = Throughput.gcSecondsSoFar() - g0;
        reference =
            new Throughput(
                "CoreNLP: quote pipeline (8 annotators)",
                1,
                docs.size(),
                corpus.tokens(),
                seconds(c0),
                gc);
        progress.println(reference.line());
        baselineHeap = heap.bytes();
      }
    }
    return new BenchResult(
        docs.size(),
        corpus.tokens(),
        measured.single(),
        measured.parallel(),
        reference,
        loadSeconds,
        measured.heapPeak(),
        baselineHeap,
        HeapPeak.max());
  }

  private record Ours(Throughput single, Throughput parallel, long heapPeak) {}

  private Ours ours(BenchCorpus corpus, Supplier<Analyzer> ours, Options options, HeapPeak heap) {
    List<BenchDocument> docs = corpus.documents();
    progress.println("loading our pipeline...");
    Analyzer analyzer = ours.get();
    progress.println("ours: warm-up pass");
    for (BenchDocument d : docs) {
      analyzer.analyze(d.raw());
    }
    progress.println("ours: " + options.passes() + " timed pass(es), one thread");
    long t0 = System.nanoTime();
    double g0 = Throughput.gcSecondsSoFar();
    for (int p = 0; p < options.passes(); p++) {
      for (BenchDocument d : docs) {
        analyzer.analyze(d.raw());
      }
    }
    Throughput single =
        new Throughput(
            "ours: Analyzer.analyze",
            1,
            docs.size() * options.passes(),
            (long) corpus.tokens() * options.passes(),
            seconds(t0),
            Throughput.gcSecondsSoFar() - g0);
    progress.println(single.line());
    Throughput parallel = parallel(analyzer, docs, corpus.tokens(), options);
    progress.println(parallel.line());
    return new Ours(single, parallel, heap.bytes());
  }

  private Throughput parallel(
      Analyzer analyzer, List<BenchDocument> docs, int tokens, Options options) {
    progress.println(
        "ours: "
            + options.threads()
            + " threads over "
            + options.copies()
            + " copies of the documents");
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      long t0 = System.nanoTime();
      double g0 = Throughput.gcSecondsSoFar();
      List<Future<?>> pending = new ArrayList<>();
      for (int c = 0; c < options.copies(); c++) {
        for (BenchDocument d : docs) {
          pending.add(pool.submit(() -> analyzer.analyze(d.raw())));
        }
      }
      for (Future<?> f : pending) {
        f.get();
      }
      return new Throughput(
          "ours: Analyzer.analyze, many documents",
          options.threads(),
          docs.size() * options.copies(),
          (long) tokens * options.copies(),
          seconds(t0),
          Throughput.gcSecondsSoFar() - g0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
