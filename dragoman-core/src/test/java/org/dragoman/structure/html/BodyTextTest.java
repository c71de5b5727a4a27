package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;
import org.junit.jupiter.api.Test;

class BodyTextTest {
  /** "One.", "Two with a link.", "Three.", "Four." with a link in the second and the fourth. */
  private static final BodyText FOUR =
      new BodyText(
          "One.\n\nTwo with a link.\n\nThree.\n\nFour.",
          List.of(
              new Block(BlockKind.HEADING, 0, 4),
              new Block(BlockKind.PARAGRAPH, 6, 22),
              new Block(BlockKind.PARAGRAPH, 24, 30),
              new Block(BlockKind.PARAGRAPH, 32, 37)),
          List.of(new Link(17, 21, "https://a.example/"), new Link(32, 36, "https://b.example/")));

  @Test
  void aRangeGoesAsItsBlocksWouldOneByOne() {
    for (int from = 0; from <= 4; from++) {
      for (int to = from; to <= 4; to++) {
        BodyText oneByOne = FOUR;
        for (int k = to - 1; k >= from; k--) {
          oneByOne = oneByOne.without(k);
        }
        assertThat(FOUR.without(from, to)).as("blocks %d to %d", from, to).isEqualTo(oneByOne);
      }
    }
  }

  @Test
  void theBlocksAndLinksAfterTheRangeMoveUp() {
    BodyText cut = FOUR.without(1, 3);
    assertThat(cut.text()).isEqualTo("One.\n\nFour.");
    assertThat(cut.blocks())
        .containsExactly(new Block(BlockKind.HEADING, 0, 4), new Block(BlockKind.PARAGRAPH, 6, 11));
    assertThat(cut.links()).containsExactly(new Link(6, 10, "https://b.example/"));
    assertThat(FOUR.without(2, 4).text()).isEqualTo("One.\n\nTwo with a link.");
    assertThat(FOUR.without(0, 4)).isEqualTo(BodyText.EMPTY);
  }
}
