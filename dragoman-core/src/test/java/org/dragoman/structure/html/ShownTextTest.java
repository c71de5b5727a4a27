package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ShownTextTest {
  @Test
  void aCleanLineIsItselfAndAnyOtherIsWhatJsoupShows() {
    TextNode clean = new TextNode("Von Ana Li, 3. März");
    assertThat(ShownText.of(clean)).isSameAs(clean.getWholeText());
    String[] pieces = {
      " ", "\t", "\n", "\f", "\r", "\u00a0", "\u00ad", "\u200b", "\u2003", "a", "ß"
    };
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(8); i >= 0; i--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      TextNode t = new TextNode(b.toString());
      assertThat(ShownText.of(t)).isEqualTo(t.text());
    }
  }
}
