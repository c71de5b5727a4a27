package org.dragoman.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of one evaluation suite ("seeds", "webpages-dev", "polnear-train").
 *
 * @param suite the suite's name, the first part of each regression key
 * @param scores the figures in a stable order
 * @param notes what a person should know when reading them (what was skipped, and why)
 */
public record EvalReport(String suite, List<Score> scores, List<String> notes) {
  public EvalReport {
    scores = List.copyOf(scores);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public Optional<Score> score(String key) {
    return scores.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /** A fixed-width table for terminals. */
  public String table() {
    StringBuilder s = new StringBuilder("== " + suite + "\n");
    for (Score sc : scores) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-28s %-10s %6.3f  (%d/%d)%n",
              sc.task(),
              sc.metric(),
              sc.value(),
              sc.correct(),
              sc.total()));
    }
    for (String n : notes) {
      s.append("  note: ").append(n).append('\n');
    }
    return s.toString();
  }
}
