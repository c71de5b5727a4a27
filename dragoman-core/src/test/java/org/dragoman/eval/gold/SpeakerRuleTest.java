package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerRuleTest {
  @Test
  void oneSpeakerComparesCaseInsensitively() {
    SpeakerRule rule = new SpeakerRule(List.of("Sergei Lavrov"), List.of());
    assertThat(rule.accepts("sergei lavrov")).isTrue();
    assertThat(rule.accepts("Lavrov")).isFalse();
    assertThat(rule.accepts(null)).isFalse();
    assertThat(rule.allowsNone()).isFalse();
  }

  @Test
  void noSpeakerIsAllowedOnlyWhenListed() {
    SpeakerRule rule =
        new SpeakerRule(Arrays.asList("Moscow analysts", null), List.of("Nathan Hamm"));
    assertThat(rule.accepts(null)).isTrue();
    assertThat(rule.accepts("Moscow Analysts")).isTrue();
    assertThat(rule.accepts("Nathan Hamm")).isFalse();
    assertThat(rule.accepts("Rice")).isFalse();
    assertThat(rule.allowsNone()).isTrue();
  }

  @Test
  void withOnlyAForbiddenListAnyOtherSpeakerWillDo() {
    SpeakerRule rule = new SpeakerRule(List.of(), List.of("Rice"));
    assertThat(rule.accepts("Burns")).isTrue();
    assertThat(rule.accepts("RICE")).isFalse();
    assertThat(rule.accepts(null)).isFalse();
  }
}
