package org.dragoman.eval.gold;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.Score;

/**
 * The outcome of scoring a gold file: the figures and every check behind them.
 *
 * @param report the figures per task
 * @param checks every item compared, in document and gold order
 */
public record GoldResult(EvalReport report, List<Check> checks) {
  public GoldResult {
    checks = List.copyOf(checks);
  }

  /** Figures from checks: one score per task that has checks, in {@link GoldTask} order. */
  public static GoldResult of(String suite, List<Check> checks, List<String> notes) {
    List<Score> scores = new ArrayList<>();
    for (GoldTask task : GoldTask.values()) {
      int total = 0;
      int passed = 0;
      for (Check c : checks) {
        if (c.task() == task) {
          total++;
          passed += c.passed() ? 1 : 0;
        }
      }
      if (total > 0) {
        scores.add(Score.of(task.label(), task.metric(), passed, total));
      }
    }
    return new GoldResult(new EvalReport(suite, scores, notes), checks);
  }

  public List<Check> failures() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }

  /** The failures, one line each, for {@code --verbose}. */
  public String failureListing() {
    StringBuilder s = new StringBuilder();
    List<Check> failed = failures();
    s.append("-- ")
        .append(report.suite())
        .append(": ")
        .append(failed.size())
        .append(" failure(s)\n");
    for (Check c : failed) {
      s.append("  ").append(c.line()).append('\n');
    }
    return s.toString();
  }
}
