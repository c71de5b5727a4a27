package org.dragoman.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares measured figures with expected ones. A figure below expected minus the tolerance is a
 * drop; one above expected plus the tolerance is better (raise the bar); a figure expected but not
 * measured is gone; one measured but not expected is new.
 *
 * @param rows one row per figure, measured order first, then those gone
 * @param tolerance the allowed slack
 */
public record RegressionCheck(List<Row> rows, double tolerance) {
  /** The slack a figure may lose before it counts as a drop. */
  public static final double TOLERANCE = 0.005;

  public RegressionCheck {
    rows = List.copyOf(rows);
  }

  /** How a measured figure compares with the expected one. */
  public enum Status {
    SAME,
    BETTER,
    DROP,
    NEW,
    GONE
  }

  /**
   * One figure.
   *
   * @param suite the suite
   * @param key "task.metric"
   * @param expected the expected value, or null when new
   * @param actual the measured value, or null when gone
   * @param status the verdict
   */
  public record Row(String suite, String key, Double expected, Double actual, Status status) {}

  public static RegressionCheck compare(EvalReport report, Map<String, Double> expected) {
    return compare(report, expected, TOLERANCE);
  }

  public static RegressionCheck compare(
      EvalReport report, Map<String, Double> expected, double tolerance) {
    Map<String, Double> want = expected == null ? Map.of() : expected;
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Score s : report.scores()) {
      seen.add(s.key());
      Double e = want.get(s.key());
      double v = RegressionFile.round(s.value());
      Status status;
      if (e == null) {
        status = Status.NEW;
      } else if (v < e - tolerance) {
        status = Status.DROP;
      } else if (v > e + tolerance) {
        status = Status.BETTER;
      } else {
        status = Status.SAME;
      }
      rows.add(new Row(report.suite(), s.key(), e, v, status));
    }
    want.forEach(
        (k, e) -> {
          if (!seen.contains(k)) {
            rows.add(new Row(report.suite(), k, e, null, Status.GONE));
          }
        });
    return new RegressionCheck(rows, tolerance);
  }

  /** Figures that fail the check: drops and figures no longer measured. */
  public List<Row> failures() {
    return rows.stream()
        .filter(r -> r.status() == Status.DROP || r.status() == Status.GONE)
        .toList();
  }

  public List<Row> improvements() {
    return rows.stream().filter(r -> r.status() == Status.BETTER).toList();
  }

  public boolean passed() {
    return failures().isEmpty();
  }

  /** A fixed-width table: key, expected, measured, verdict. */
  public String table() {
    StringBuilder s = new StringBuilder();
    for (Row r : rows) {
      String verdict =
          switch (r.status()) {
            case SAME -> "ok";
            case BETTER -> "BETTER: raise the bar (dragoman eval --update-regression)";
            case DROP -> "DROP";
            case NEW -> "new: not in the regression file";
            case GONE -> "GONE: expected but not measured";
          };
      s.append(
          String.format(
              Locale.ROOT,
              "  %-18s %-40s expected %-7s measured %-7s %s%n",
              r.suite(),
              r.key(),
              r.expected() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.expected()),
              r.actual() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.actual()),
              verdict));
    }
    return s.toString();
  }
}
