package org.dragoman.eval;

/**
 * One measured figure of an evaluation.
 *
 * @param task what is measured ("attribution", "body", "entities"...)
 * @param metric "precision", "recall", "f1", "accuracy"
 * @param value the figure, 0.0 to 1.0
 * @param correct the numerator (items right)
 * @param total the denominator (items counted)
 */
public record Score(String task, String metric, double value, int correct, int total) {
  public static Score of(String task, String metric, int correct, int total) {
    return new Score(task, metric, total == 0 ? 1.0 : (double) correct / total, correct, total);
  }

  /** "task.metric", the key of this figure in the regression file. */
  public String key() {
    return task + "." + metric;
  }
}
