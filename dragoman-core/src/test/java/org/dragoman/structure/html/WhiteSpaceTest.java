package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WhiteSpaceTest {
  @Test
  void singleSpacingIsTheReplacementOfEachRunOfWhiteSpace() {
    assertThat(WhiteSpace.singleSpaced("a b")).isSameAs("a b".intern());
    Random random = new Random(7);
    String[] pieces = {" ", "  ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "a", "-"};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(8); i >= 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(WhiteSpace.singleSpaced(s)).isEqualTo(s.replaceAll("\\s+", " "));
    }
  }
}
