package org.dragoman.eval.webpages;

import java.util.List;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.PageReader;

/** Measures how many pages per second a page reader structures on one thread. */
public final class StructureThroughput {
  private StructureThroughput() {}

  /**
   * Reads every page once to warm up, then {@code rounds} times more on the calling thread, and
   * returns the pages read per second of the timed rounds.
   */
  public static double pagesPerSecond(List<RawDocument> pages, PageReader reader, int rounds) {
    if (pages.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException("need at least one page and one round");
    }
    long sink = 0;
    for (RawDocument page : pages) {
      sink += reader.read(page).text().length();
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (RawDocument page : pages) {
        sink += reader.read(page).text().length();
      }
    }
    long elapsed = Math.max(1, System.nanoTime() - start);
    if (sink < 0) {
      throw new IllegalStateException("unreachable");
    }
    return (double) pages.size() * rounds / (elapsed / 1e9);
  }
}
