package org.dragoman.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RawDocumentTest {
  @Test
  void idIsStableContentHashUnlessGiven() {
    RawDocument a = new RawDocument(Origin.ofPath("a.txt"), Format.TEXT, "Lavrov spoke.", null);
    RawDocument b = new RawDocument(Origin.ofPath("b.txt"), Format.TEXT, "Lavrov spoke.", null);
    assertThat(a.id()).hasSize(16).isEqualTo(b.id());
    RawDocument c =
        new RawDocument(
            Origin.ofPath("c.txt"),
            Format.TEXT,
            "Lavrov spoke.",
            new GivenMetadata("doc-7", null, null, null, null, null));
    assertThat(c.id()).isEqualTo("doc-7");
  }

  @Test
  void spanRejectsNegativeRanges() {
    assertThatThrownBy(() -> new Span(5, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(0, 5).overlaps(new Span(4, 9))).isTrue();
    assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
  }
}
