package org.dragoman.eval.gold;

/**
 * One gold item compared with the prediction.
 *
 * @param task the figure it counts towards
 * @param document the document's label
 * @param item what was checked ("speaker of “We agree…”", "alias Lavrov of Sergei Lavrov")
 * @param passed whether the prediction is right
 * @param expected what the gold says, readably
 * @param predicted what was predicted, readably
 */
public record Check(
    GoldTask task,
    String document,
    String item,
    boolean passed,
    String expected,
    String predicted) {

  /** One line for failure listings. */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "%-15s %s | %s: expected %s, predicted %s",
        task.label(),
        document,
        item,
        expected,
        predicted);
  }
}
