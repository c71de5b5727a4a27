package org.dragoman.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dragoman.model.Analysis;
import org.dragoman.model.RawDocument;
import org.dragoman.source.DocumentSink;
import org.dragoman.source.InputWalker;
import org.dragoman.source.Sources;

/**
 * Reads inputs, analyzes the documents on a named thread pool, and hands the analyses on in input
 * order; counts documents and failures, and reports each failure as one line on stderr.
 */
final class AnalysisRun implements DocumentSink {
  private final Function<RawDocument, Analysis> analyze;
  private final int threads;
  private final PrintStream err;
  private final Progress progress;
  private final Sources sources;
  private final Deque<Pending> window = new ArrayDeque<>();
  private ExecutorService pool;
  private Consumer<Analysis> out;
  private int analyzed;
  private int failed;

  AnalysisRun(
      Function<RawDocument, Analysis> analyze,
      Sources sources,
      int threads,
      PrintStream err,
      Progress progress) {
    this.analyze = analyze;
    this.sources = sources;
    this.threads = Math.max(1, threads);
    this.err = err;
    this.progress = progress;
  }

  /** Runs over the inputs, handing each analysis to {@code out}; returns the failure count. */
  int run(List<Path> inputs, Consumer<Analysis> out) {
    this.out = out;
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dragoman-analyze-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      new InputWalker(sources).read(inputs, this);
      while (!window.isEmpty()) {
        drainOne();
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    return failed;
  }

  @Override
  public void document(RawDocument document) {
    window.add(new Pending(document, pool.submit(() -> analyze.apply(document))));
    while (window.size() > threads * 4) {
      drainOne();
    }
  }

  @Override
  public void error(String location, String cause) {
    failed++;
    progress.finish();
    err.println("error: " + location + ": " + cause);
  }

  /** A warning is one line on stderr; the document is still analyzed and nothing failed. */
  @Override
  public void warning(String location, String message) {
    progress.finish();
    err.println("warning: " + location + ": " + message);
  }

  int analyzed() {
    return analyzed;
  }

  int failed() {
    return failed;
  }

  private void drainOne() {
    Pending p = window.poll();
    try {
      out.accept(p.future.get());
      analyzed++;
      progress.update(analyzed, failed);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      error(
          p.document.origin().source(),
          cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(p.document.origin().source(), "interrupted");
    }
  }

  private record Pending(RawDocument document, Future<Analysis> future) {}
}
