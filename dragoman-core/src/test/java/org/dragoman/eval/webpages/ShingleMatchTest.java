package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMatchTest {
  private static final String ARTICLE =
      "The river ferry will stop running in March. Town officials said the pier needs repairs.";

  @Test
  void theSameWordsMatchFullyWhateverThePunctuationAndSpacing() {
    ShingleMatch m =
        ShingleMatch.of(
            ARTICLE,
            "The river ferry will stop running in March.\n\nTown officials said: the pier needs"
                + " repairs!");
    assertThat(m.tp()).isEqualTo(1.0);
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.f1()).isEqualTo(1.0);
    assertThat(m.missing()).isEmpty();
    assertThat(m.extra()).isEmpty();
  }

  @Test
  void extraTextCostsPrecisionAndIsShown() {
    // 15 words, 12 shingles, all found; "Share this story" adds 3 shingles at the end.
    ShingleMatch m = ShingleMatch.of(ARTICLE, ARTICLE + " Share this story");
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.precision()).isCloseTo(12.0 / 15.0, within(1e-9));
    assertThat(m.tp() + m.fp() + m.fn()).isCloseTo(1.0, within(1e-9));
    assertThat(m.extra()).containsExactly("pier needs repairs. Share this story");
    assertThat(m.missing()).isEmpty();
  }

  @Test
  void missingTextCostsRecallAndIsShown() {
    ShingleMatch m = ShingleMatch.of(ARTICLE, "The river ferry will stop running in March.");
    // 12 article shingles, 5 of them inside the first sentence.
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isCloseTo(5.0 / 12.0, within(1e-9));
    assertThat(m.missing())
        .containsExactly("running in March. Town officials said the pier needs repairs");
  }

  @Test
  void repeatedShinglesCountAsManyTimesAsTheyOccur() {
    ShingleMatch once =
        ShingleMatch.of("one two three four", "one two three four one two three four");
    // predicted: 5 shingles, one of them ("one two three four") twice; truth: that one once.
    assertThat(once.tp()).isCloseTo(1.0 / 5.0, within(1e-9));
    assertThat(once.fp()).isCloseTo(4.0 / 5.0, within(1e-9));
    assertThat(once.fn()).isZero();
  }

  @Test
  void anEmptyExtractionHasNoPrecisionToAverageAndZeroRecall() {
    ShingleMatch m = ShingleMatch.of(ARTICLE, "");
    assertThat(m.countsForPrecision()).isFalse();
    assertThat(m.countsForRecall()).isTrue();
    assertThat(m.recall()).isZero();
    assertThat(m.precision()).isZero();
    assertThat(m.f1()).isZero();
  }

  @Test
  void twoEmptyTextsAgree() {
    ShingleMatch m = ShingleMatch.of("", " ");
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.countsForPrecision()).isFalse();
    assertThat(m.countsForRecall()).isFalse();
  }
}
