package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsCountsWhenOnAndNothingWhenOff() {
    ByteArrayOutputStream on = new ByteArrayOutputStream();
    Progress shown = new Progress(new PrintStream(on, true, StandardCharsets.UTF_8), true);
    shown.update(3, 1);
    shown.finish();
    assertThat(on.toString(StandardCharsets.UTF_8))
        .contains("analyzing: 3 document(s) done, 1 failure(s)")
        .endsWith("\r");

    ByteArrayOutputStream off = new ByteArrayOutputStream();
    Progress hidden = new Progress(new PrintStream(off, true, StandardCharsets.UTF_8), false);
    hidden.update(3, 1);
    hidden.finish();
    assertThat(off.size()).isZero();
  }

  @Test
  void explicitChoiceWins() {
    assertThat(Progress.wanted(Boolean.TRUE)).isTrue();
    assertThat(Progress.wanted(Boolean.FALSE)).isFalse();
  }
}
