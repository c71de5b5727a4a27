package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.Span;
import org.junit.jupiter.api.Test;

class TextLocatorTest {
  static final String TEXT = "a “strategic” plan at “strategic” levels, he said.";

  @Test
  void containsNarrowsWhereTheQuoteIs() {
    Span first = TextLocator.locate(TEXT, "strategic", null);
    Span second = TextLocator.locate(TEXT, "strategic", "strategic” levels");
    assertThat(first.of(TEXT)).isEqualTo("strategic");
    assertThat(second.of(TEXT)).isEqualTo("strategic");
    assertThat(second.start()).isGreaterThan(first.start());
  }

  @Test
  void reportedSpeechIsTheContainsPassage() {
    Span s = TextLocator.locate(TEXT, null, "levels, he");
    assertThat(s.of(TEXT)).isEqualTo("levels, he");
  }

  @Test
  void typographicMarksFoldWhenTheExactPassageIsAbsent() {
    Span s = TextLocator.locate(TEXT, "\"strategic\" levels", null);
    assertThat(s).isNotNull();
    assertThat(s.of(TEXT)).isEqualTo("“strategic” levels");
  }

  @Test
  void anAbsentPassageIsNotLocated() {
    assertThat(TextLocator.locate(TEXT, "tactical", null)).isNull();
    assertThat(TextLocator.locate(TEXT, null, "tactical")).isNull();
  }
}
