package org.dragoman.eval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use every few milliseconds on a daemon thread and keeps the largest value
 * seen: the heap a run needed at its busiest moment (garbage not yet collected included).
 */
public final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapPeak() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "dragoman-heap-peak");
    sampler.setDaemon(true);
  }

  /** Starts sampling now. */
  public static HeapPeak start() {
    HeapPeak h = new HeapPeak();
    h.sample();
    h.sampler.start();
    return h;
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  /** The largest heap in use seen so far, in bytes. */
  public long bytes() {
    sample();
    return peak;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }

  /** The heap limit (-Xmx). */
  public static long max() {
    return Runtime.getRuntime().maxMemory();
  }
}
