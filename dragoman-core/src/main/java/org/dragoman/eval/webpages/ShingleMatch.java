package org.dragoman.eval.webpages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One extracted text against its reference, compared as multisets of word 4-gram {@link Shingles}
 * the way the article-extraction benchmark of scrapinghub (Zyte) does: a shingle in both counts as
 * many true positives as it occurs in the rarer side, the surplus on the extracted side as false
 * positives, the surplus on the reference side as false negatives; the three are then divided by
 * their sum, so that a long article weighs no more than a short one when pages are averaged.
 *
 * @param tp true positives, normalized
 * @param fp false positives (extra shingles), normalized
 * @param fn false negatives (missing shingles), normalized
 * @param missing the longest reference passages left out, longest first (at most three)
 * @param extra the longest extracted passages the reference does not have, longest first (at most
 *     three)
 */
public record ShingleMatch(
    double tp, double fp, double fn, List<String> missing, List<String> extra) {
  private static final int PASSAGES = 3;

  public ShingleMatch {
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
  }

  /** Compares an extracted text with the reference text. */
  public static ShingleMatch of(String reference, String extracted) {
    Shingles truth = Shingles.of(reference);
    Shingles predicted = Shingles.of(extracted);
    Map<String, Integer> truthCounts = counts(truth.shingles());
    Map<String, Integer> predictedCounts = counts(predicted.shingles());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : truthCounts.entrySet()) {
      int t = e.getValue();
      int p = predictedCounts.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, p);
      fn += Math.max(0, t - p);
    }
    for (Map.Entry<String, Integer> e : predictedCounts.entrySet()) {
      fp += Math.max(0, e.getValue() - truthCounts.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new ShingleMatch(
        tp, fp, fn, unmatched(truth, predictedCounts), unmatched(predicted, truthCounts));
  }

  /**
   * The benchmark's precision of one page: 1 when nothing is extra and nothing missing (two empty
   * texts too), 0 when nothing was extracted that matches, else tp / (tp + fp).
   */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  /** The benchmark's recall of one page, defined like {@link #precision()}. */
  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  /** The harmonic mean of this page's precision and recall (0 when both are 0). */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Whether the page counts towards the averaged precision: something was extracted. */
  boolean countsForPrecision() {
    return tp + fp > 0;
  }

  /** Whether the page counts towards the averaged recall: the reference has text. */
  boolean countsForRecall() {
    return tp + fn > 0;
  }

  private static Map<String, Integer> counts(List<String> shingles) {
    Map<String, Integer> out = new HashMap<>();
    for (String s : shingles) {
      out.merge(s, 1, Integer::sum);
    }
    return out;
  }

  /**
   * The passages of {@code side} made of shingles the other side lacks: shingles are matched in
   * text order against the other side's counts, the words of each unmatched one are marked, and
   * each run of marked words is a passage. The longest few come back, longest first.
   */
  private static List<String> unmatched(Shingles side, Map<String, Integer> otherCounts) {
    Map<String, Integer> left = new HashMap<>(otherCounts);
    List<String> shingles = side.shingles();
    boolean[] marked = new boolean[side.words()];
    for (int i = 0; i < shingles.size(); i++) {
      String s = shingles.get(i);
      int n = left.getOrDefault(s, 0);
      if (n > 0) {
        left.put(s, n - 1);
      } else {
        for (int w = i; w < Math.min(side.words(), i + Shingles.SIZE); w++) {
          marked[w] = true;
        }
      }
    }
    List<int[]> runs = new ArrayList<>();
    for (int w = 0; w < marked.length; w++) {
      if (marked[w]) {
        int from = w;
        while (w + 1 < marked.length && marked[w + 1]) {
          w++;
        }
        runs.add(new int[] {from, w});
      }
    }
    runs.sort(Comparator.comparingInt((int[] r) -> r[0] - r[1]).thenComparingInt(r -> r[0]));
    List<String> out = new ArrayList<>();
    for (int[] r : runs.subList(0, Math.min(PASSAGES, runs.size()))) {
      out.add(side.passage(r[0], r[1]));
    }
    return out;
  }
}
