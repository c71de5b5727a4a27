package org.dragoman.eval.webpages;

import java.util.List;
import org.dragoman.eval.Score;

/**
 * The article-extraction benchmark's figures over many pages (macro averages, each page weighing
 * the same): precision is the mean of the per-page precisions over the pages where something was
 * extracted, recall the mean of the per-page recalls over the pages whose reference has text, and
 * F1 the harmonic mean of those two means (not the mean of per-page F1). A page with nothing
 * extracted so costs recall only, as in the benchmark. The fourth figure, "pages-f1-half", is the
 * share of pages whose own F1 reaches 0.5; the pages under it are the catastrophic misses (an empty
 * or wrong body) that averaging per page punishes hardest.
 *
 * <p>Each {@link Score}'s {@code total} is the number of pages averaged; its {@code correct} is the
 * per-page figures' sum, rounded (the number of pages reaching 0.5 for "pages-f1-half").
 */
public final class ShingleAverages {
  /** The task name of these figures in reports and the regression file. */
  public static final String TASK = "body-shingle";

  /** A page under this F1 counts as a catastrophic miss. */
  public static final double USABLE_F1 = 0.5;

  private ShingleAverages() {}

  /** The four figures for these pages, in a stable order. */
  public static List<Score> scores(List<ShingleMatch> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int usable = 0;
    for (ShingleMatch m : pages) {
      if (m.countsForPrecision()) {
        precisionSum += m.precision();
        precisionPages++;
      }
      if (m.countsForRecall()) {
        recallSum += m.recall();
        recallPages++;
      }
      if (m.f1() >= USABLE_F1) {
        usable++;
      }
    }
    double p = precisionPages == 0 ? 1 : precisionSum / precisionPages;
    double r = recallPages == 0 ? 1 : recallSum / recallPages;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return List.of(
        new Score(TASK, "precision", p, (int) Math.round(precisionSum), precisionPages),
        new Score(TASK, "recall", r, (int) Math.round(recallSum), recallPages),
        new Score(TASK, "f1", f1, (int) Math.round(f1 * pages.size()), pages.size()),
        Score.of(TASK, "pages-f1-half", usable, pages.size()));
  }

  /** The number of pages whose own F1 is under {@link #USABLE_F1}. */
  public static long catastrophic(List<ShingleMatch> pages) {
    return pages.stream().filter(m -> m.f1() < USABLE_F1).count();
  }
}
