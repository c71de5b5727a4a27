package org.dragoman.eval.webpages;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.PageReader;

/**
 * Measures how many pages per second a page reader structures on one thread: by the wall clock, and
 * by the CPU time of the measuring thread, which other processes on a busy machine do not inflate
 * the way they inflate the wall clock (the honest "one core" figure).
 */
public final class StructureThroughput {
  private StructureThroughput() {}

  /**
   * What the timed rounds took.
   *
   * @param pages pages read in the timed rounds (pages times rounds)
   * @param wallSeconds wall-clock time of the timed rounds
   * @param cpuSeconds CPU time of the measuring thread in the timed rounds, NaN when the JVM cannot
   *     tell
   * @param gcSeconds time the JVM's collectors report for the timed rounds (their pauses and
   *     cycles, on other threads)
   * @param allocatedBytes bytes the measuring thread allocated in the timed rounds, -1 when the JVM
   *     cannot tell
   * @param warmUpRounds untimed rounds read before the timed ones
   * @param roundSeconds CPU time of each timed round (wall-clock time where the JVM cannot tell CPU
   *     time), in order: a machine whose other core is busy slows single rounds, so the spread of
   *     the rounds shows how far the total can be trusted
   */
  public record Result(
      long pages,
      double wallSeconds,
      double cpuSeconds,
      double gcSeconds,
      long allocatedBytes,
      int warmUpRounds,
      List<Double> roundSeconds) {
    public Result {
      roundSeconds = List.copyOf(roundSeconds);
    }

    /** Pages per second of wall-clock time. */
    public double pagesPerSecond() {
      return pages / wallSeconds;
    }

    /** Pages per second of the measuring thread's CPU time, NaN when unknown. */
    public double pagesPerCpuSecond() {
      return pages / cpuSeconds;
    }

    /**
     * Pages per second of each timed round (CPU time where known), slowest first: the median is the
     * figure least moved by a burst of load elsewhere on the machine.
     */
    public List<Double> roundPagesPerSecond() {
      long perRound = pages / Math.max(1, roundSeconds.size());
      return roundSeconds.stream()
          .map(seconds -> perRound / Math.max(1e-9, seconds))
          .sorted()
          .toList();
    }

    /** The median of {@link #roundPagesPerSecond()}. */
    public double medianRoundPagesPerSecond() {
      List<Double> rates = roundPagesPerSecond();
      int n = rates.size();
      return n % 2 == 1 ? rates.get(n / 2) : (rates.get(n / 2 - 1) + rates.get(n / 2)) / 2;
    }

    /** Bytes allocated per page, -1 when unknown. */
    public double allocatedBytesPerPage() {
      return allocatedBytes < 0 ? -1 : (double) allocatedBytes / pages;
    }
  }

  /**
   * Reads every page once to warm up, then {@code rounds} times more on the calling thread, and
   * returns the pages read per second of the timed rounds.
   */
  public static double pagesPerSecond(List<RawDocument> pages, PageReader reader, int rounds) {
    return measure(pages, reader, rounds).pagesPerSecond();
  }

  /**
   * Reads every page once to warm up, then {@code rounds} times more on the calling thread, and
   * returns the wall-clock, CPU, collector and allocation figures of the timed rounds.
   */
  public static Result measure(List<RawDocument> pages, PageReader reader, int rounds) {
    return measure(pages, reader, 1, rounds);
  }

  /** Most untimed rounds {@link #measure(List, PageReader, int, int)} reads before timing. */
  public static final int MAX_WARM_UP_ROUNDS = 6;

  /**
   * Reads every page at least {@code warmUpRounds} times to warm up, and more while the last round
   * still ran more than 3% faster than the one before it (at most {@link #MAX_WARM_UP_ROUNDS}), so
   * that the JIT compiler has compiled the hot code before the clock starts: a steady state, not
   * the compiler's progress (on a busy machine its threads lag behind). Then reads every page
   * {@code rounds} times more on the calling thread, and returns the wall-clock, CPU, collector and
   * allocation figures of the timed rounds.
   */
  public static Result measure(
      List<RawDocument> pages, PageReader reader, int warmUpRounds, int rounds) {
    if (pages.isEmpty() || rounds < 1 || warmUpRounds < 0) {
      throw new IllegalArgumentException(
          "need at least one page and one round, and no negative warm-up");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    if (cpu && !threads.isThreadCpuTimeEnabled()) {
      threads.setThreadCpuTimeEnabled(true);
    }
    long sink = 0;
    int warmed = 0;
    long last = -1;
    boolean warming = false;
    while (warmed < MAX_WARM_UP_ROUNDS && (warmed < warmUpRounds || warming)) {
      long t0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      sink += readEach(pages, reader);
      long t = (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
      warming = last > 0 && t < 0.97 * last;
      last = t;
      warmed++;
    }
    long gcStart = gcMillis();
    long allocStart = allocated(threads);
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    List<Double> roundSeconds = new ArrayList<>(rounds);
    for (int r = 0; r < rounds; r++) {
      long r0 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      sink += readEach(pages, reader);
      long r1 = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
      roundSeconds.add(Math.max(1, r1 - r0) / 1e9);
    }
    long elapsed = Math.max(1, System.nanoTime() - start);
    long cpuElapsed = cpu ? Math.max(1, threads.getCurrentThreadCpuTime() - cpuStart) : -1;
    long allocEnd = allocated(threads);
    long gc = gcMillis() - gcStart;
    if (sink < 0) {
      throw new IllegalStateException("unreachable");
    }
    return new Result(
        (long) pages.size() * rounds,
        elapsed / 1e9,
        cpu ? cpuElapsed / 1e9 : Double.NaN,
        gc / 1e3,
        allocStart < 0 || allocEnd < 0 ? -1 : allocEnd - allocStart,
        warmed,
        roundSeconds);
  }

  /**
   * Reads every page once; returns the length of the texts read, so that none is optimised away.
   */
  private static long readEach(List<RawDocument> pages, PageReader reader) {
    long length = 0;
    for (RawDocument page : pages) {
      length += reader.read(page).text().length();
    }
    return length;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** Bytes the current thread has allocated so far, or -1 when the JVM cannot tell. */
  private static long allocated(ThreadMXBean threads) {
    if (threads instanceof com.sun.management.ThreadMXBean counting
        && counting.isThreadAllocatedMemorySupported()
        && counting.isThreadAllocatedMemoryEnabled()) {
      return counting.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
