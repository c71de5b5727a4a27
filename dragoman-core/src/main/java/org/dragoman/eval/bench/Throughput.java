package org.dragoman.eval.bench;

import java.util.Locale;

/**
 * A timed run.
 *
 * @param name what ran
 * @param threads threads used
 * @param documents documents processed in the timed part
 * @param tokens their tokens
 * @param seconds wall-clock time of the timed part
 * @param gcSeconds time the JVM spent collecting garbage during it (all threads)
 */
public record Throughput(
    String name, int threads, int documents, long tokens, double seconds, double gcSeconds) {
  /** Collection time of every garbage collector so far, in seconds. */
  public static double gcSecondsSoFar() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc :
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms / 1000.0;
  }

  public double tokensPerSecond() {
    return seconds <= 0 ? 0 : tokens / seconds;
  }

  public double documentsPerSecond() {
    return seconds <= 0 ? 0 : documents / seconds;
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "  %-40s %d thread(s) %5d docs %7d tokens %8.2f s (GC %5.2f s) %9.1f tokens/s",
        name,
        threads,
        documents,
        tokens,
        seconds,
        gcSeconds,
        tokensPerSecond());
  }
}
