package org.dragoman.eval.bench;

import java.util.Locale;

/**
 * The figures of one side-by-side benchmark.
 *
 * @param documents documents in the set
 * @param tokens their CoreNLP tokens
 * @param ours our pipeline, one thread
 * @param oursParallel our pipeline on several threads over many documents
 * @param corenlp CoreNLP's quote pipeline, one thread, or null when not run
 * @param corenlpLoadSeconds time to load CoreNLP's pipeline
 * @param oursHeapPeakBytes the most heap in use while ours ran (loading included)
 * @param corenlpHeapPeakBytes the most heap in use while CoreNLP's pipeline loaded and ran
 * @param heapMaxBytes the heap limit
 */
public record BenchResult(
    int documents,
    int tokens,
    Throughput ours,
    Throughput oursParallel,
    Throughput corenlp,
    double corenlpLoadSeconds,
    long oursHeapPeakBytes,
    long corenlpHeapPeakBytes,
    long heapMaxBytes) {

  /** How many times faster ours is than CoreNLP's pipeline, one thread each (NaN when not run). */
  public double ratio() {
    return corenlp == null || corenlp.tokensPerSecond() == 0
        ? Double.NaN
        : ours.tokensPerSecond() / corenlp.tokensPerSecond();
  }

  public String table() {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "== bench: %d documents, %d tokens (CoreNLP tokenizer)%n",
            documents,
            tokens));
    s.append(ours.line()).append('\n');
    s.append(oursParallel.line()).append('\n');
    s.append(
        String.format(
            Locale.ROOT,
            "  %-44s %.2fx the one-thread rate%n",
            "ours: " + oursParallel.threads() + "-thread speed-up",
            oursParallel.tokensPerSecond() / ours.tokensPerSecond()));
    if (corenlp != null) {
      s.append(corenlp.line()).append('\n');
      s.append(
          String.format(
              Locale.ROOT, "  %-44s %.1f s%n", "CoreNLP: pipeline load", corenlpLoadSeconds));
      s.append(
          String.format(
              Locale.ROOT, "  %-44s %.1fx%n", "ratio ours/CoreNLP (tokens/s, 1 thread)", ratio()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "  %-44s %d MB (limit %d MB)%n",
            "ours: heap peak (load, 1 and 2 threads)",
            oursHeapPeakBytes >> 20,
            heapMaxBytes >> 20));
    if (corenlp != null) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-44s %d MB%n",
              "CoreNLP: heap peak (load and run)",
              corenlpHeapPeakBytes >> 20));
    }
    return s.toString();
  }
}
