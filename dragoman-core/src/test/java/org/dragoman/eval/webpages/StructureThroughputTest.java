package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.HtmlPageReader;
import org.junit.jupiter.api.Test;

class StructureThroughputTest {
  private static final RawDocument PAGE =
      new RawDocument(
          Origin.ofPath("t.html"),
          Format.HTML,
          "<html><body><article><p>One paragraph, long enough to be an article.</p>"
              + "</article></body></html>",
          null);

  @Test
  void measuresPagesPerSecond() {
    double rate = StructureThroughput.pagesPerSecond(List.of(PAGE, PAGE), new HtmlPageReader(), 3);
    assertThat(rate).isPositive().isFinite();
  }

  @Test
  void measuresWallClockCpuTimeAndAllocation() {
    StructureThroughput.Result r =
        StructureThroughput.measure(List.of(PAGE, PAGE, PAGE), new HtmlPageReader(), 2);
    assertThat(r.pages()).isEqualTo(6);
    assertThat(r.pagesPerSecond()).isPositive().isFinite();
    assertThat(r.wallSeconds()).isPositive();
    assertThat(r.gcSeconds()).isNotNegative();
    if (!Double.isNaN(r.cpuSeconds())) {
      assertThat(r.pagesPerCpuSecond()).isPositive().isFinite();
    }
    assertThat(r.roundSeconds()).hasSize(2).allMatch(seconds -> seconds > 0);
    assertThat(r.roundPagesPerSecond()).hasSize(2).isSorted();
    assertThat(r.medianRoundPagesPerSecond())
        .isBetween(r.roundPagesPerSecond().get(0), r.roundPagesPerSecond().get(1));
    if (r.allocatedBytes() >= 0) {
      assertThat(r.allocatedBytesPerPage()).isPositive();
    }
  }

  @Test
  void medianRoundIsTheMiddleRate() {
    StructureThroughput.Result r =
        new StructureThroughput.Result(30, 1, 1, 0, -1, 0, List.of(0.1, 0.5, 0.2));
    assertThat(r.roundPagesPerSecond()).containsExactly(20.0, 50.0, 100.0);
    assertThat(r.medianRoundPagesPerSecond()).isEqualTo(50.0);
    StructureThroughput.Result even =
        new StructureThroughput.Result(20, 1, 1, 0, -1, 0, List.of(0.1, 0.2));
    assertThat(even.medianRoundPagesPerSecond()).isEqualTo(75.0);
  }

  @Test
  void warmUpRoundsAreNotTimed() {
    StructureThroughput.Result r =
        StructureThroughput.measure(List.of(PAGE, PAGE), new HtmlPageReader(), 3, 2);
    assertThat(r.pages()).isEqualTo(4);
    assertThat(r.warmUpRounds()).isBetween(3, StructureThroughput.MAX_WARM_UP_ROUNDS);
    StructureThroughput.Result none =
        StructureThroughput.measure(List.of(PAGE), new HtmlPageReader(), 0, 1);
    assertThat(none.pages()).isEqualTo(1);
    assertThat(none.warmUpRounds()).isZero();
    assertThatThrownBy(
            () -> StructureThroughput.measure(List.of(PAGE), new HtmlPageReader(), -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToMeasureNothing() {
    assertThatThrownBy(() -> StructureThroughput.pagesPerSecond(List.of(), new HtmlPageReader(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
