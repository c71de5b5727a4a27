package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dragoman.eval.Score;
import org.junit.jupiter.api.Test;

class ShingleAveragesTest {
  private static final String ARTICLE =
      "The river ferry will stop running in March. Town officials said the pier needs repairs.";

  private static double value(List<Score> scores, String metric) {
    return scores.stream().filter(s -> s.metric().equals(metric)).findFirst().orElseThrow().value();
  }

  @Test
  void pagesWeighTheSameAndF1IsTheHarmonicMeanOfTheAverages() {
    ShingleMatch perfect = ShingleMatch.of(ARTICLE, ARTICLE);
    ShingleMatch half = ShingleMatch.of(ARTICLE, "The river ferry will stop running in March.");
    ShingleMatch empty = ShingleMatch.of("A short note on the weather today.", "");
    List<Score> scores = ShingleAverages.scores(List.of(perfect, half, empty));
    // The empty extraction has no precision to average: (1 + 1) / 2.
    assertThat(value(scores, "precision")).isEqualTo(1.0);
    double recall = (1 + 5.0 / 12.0 + 0) / 3;
    assertThat(value(scores, "recall")).isCloseTo(recall, within(1e-9));
    assertThat(value(scores, "f1")).isCloseTo(2 * recall / (1 + recall), within(1e-9));
    assertThat(scores.get(3).key()).isEqualTo("body-shingle.pages-f1-half");
    // "half" has F1 2 * (5/12) / (1 + 5/12) = 0.588; only the empty page is under 0.5.
    assertThat(scores.get(3).correct()).isEqualTo(2);
    assertThat(scores.get(3).total()).isEqualTo(3);
    assertThat(ShingleAverages.catastrophic(List.of(perfect, half, empty))).isEqualTo(1);
  }

  @Test
  void keysAreStable() {
    assertThat(ShingleAverages.scores(List.of()).stream().map(Score::key))
        .containsExactly(
            "body-shingle.precision",
            "body-shingle.recall",
            "body-shingle.f1",
            "body-shingle.pages-f1-half");
  }
}
