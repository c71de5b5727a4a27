package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;
import org.junit.jupiter.api.Test;

/**
 * Letters written as a base and a combining mark read as the composed letter, and the reading aid
 * over East Asian characters (ruby text) is not part of the text.
 */
class ComposedTextTest {
  @Test
  void decomposedLettersAreComposedAndRubyTextIsLeftOut() {
    String text = body("ruby-and-decomposed-letters.html");
    assertThat(text)
        .contains("The small caf\u00e9 on the quay at N\u00e9ville")
        .contains("its owner Ren\u00e9e Blanc said")
        .contains("in Japanese as well: 親子丼, a bowl")
        .doesNotContain("おや")
        .doesNotContain("e\u0301");
  }

  @Test
  void blocksAndLinksKeepTheirWordsWhenTheTextShrinks() {
    String text = "Caf" + "e\u0301" + " open\n\nRene\u0301e said so";
    int second = text.indexOf("Rene");
    BodyText body =
        new BodyText(
            text,
            List.of(
                new Block(BlockKind.PARAGRAPH, 0, second - 2),
                new Block(BlockKind.PARAGRAPH, second, text.length())),
            List.of(new Link(second, second + "Rene\u0301e".length(), "https://example.org/")));
    BodyText composed = ComposedText.of(body);
    String t = composed.text();
    assertThat(t).isEqualTo("Caf\u00e9 open\n\nRen\u00e9e said so");
    Block b = composed.blocks().get(1);
    assertThat(t.substring(b.start(), b.end())).isEqualTo("Ren\u00e9e said so");
    Link l = composed.links().get(0);
    assertThat(t.substring(l.start(), l.end())).isEqualTo("Ren\u00e9e");
    assertThat(ComposedText.of(composed)).isSameAs(composed);
  }
}
