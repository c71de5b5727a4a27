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
 */
public record Throughput(String name, int threads, int documents, long tokens, double seconds) {
  public double tokensPerSecond() {
    return seconds <= 0 ? 0 : tokens / seconds;
  }

  public double documentsPerSecond() {
    return seconds <= 0 ? 0 : documents / seconds;
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "  %-44s %d thread(s) %5d docs %8d tokens %8.2f s %10.1f tokens/s",
        name,
        threads,
        documents,
        tokens,
        seconds,
        tokensPerSecond());
  }
}
