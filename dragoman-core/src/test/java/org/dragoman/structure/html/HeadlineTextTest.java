package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {
  @Test
  void readsHeadlinesTheSameHoweverThePageTypedThem() {
    assertThat(HeadlineText.normal("  \u201eRain\u201c \u2013 it\u2019s  back\u2026 "))
        .isEqualTo("\"rain\" - it's back...");
    assertThat(HeadlineText.normal("Re\u00adgen\u00a0kommt")).isEqualTo("regen kommt");
    assertThat(HeadlineText.normal("Kicker : Headline")).isEqualTo("kicker: headline");
    assertThat(HeadlineText.normal(null)).isEmpty();
  }
}
