package org.dragoman.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress counter on a terminal: documents done, failures and rate, redrawn at most
 * five times a second; silent when turned off (output piped to a file, tests).
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private final PrintStream err;
  private final boolean on;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  Progress(PrintStream err, boolean on) {
    this.err = err;
    this.on = on;
  }

  /** On when asked for, or by default when a person is watching (a console is attached). */
  static boolean wanted(Boolean asked) {
    return asked != null ? asked : System.console() != null;
  }

  void update(int done, int failed) {
    long now = System.nanoTime();
    if (!on || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    err.printf(
        Locale.ROOT,
        "\ranalyzing: %d document(s) done, %d failure(s), %.1f docs/s   ",
        done,
        failed,
        done / seconds);
    err.flush();
  }

  /** Clears the line before the final counts are printed. */
  void finish() {
    if (on && drawn) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}
