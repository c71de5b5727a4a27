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
  @Test
  void measuresPagesPerSecond() {
    RawDocument page =
        new RawDocument(
            Origin.ofPath("t.html"),
            Format.HTML,
            "<html><body><article><p>One paragraph, long enough to be an article.</p>"
                + "</article></body></html>",
            null);
    double rate = StructureThroughput.pagesPerSecond(List.of(page, page), new HtmlPageReader(), 3);
    assertThat(rate).isPositive().isFinite();
  }

  @Test
  void refusesToMeasureNothing() {
    assertThatThrownBy(() -> StructureThroughput.pagesPerSecond(List.of(), new HtmlPageReader(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
