package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/** A standfirst that a paragraph repeats and a pull quote lifted from a paragraph stand once. */
class EchoedBlocksTest {
  private static final String STANDFIRST =
      "About four thousand paper lanterns will float down the old canal on Saturday night";
  private static final String PULLED = "We had almost forgotten how bright the water gets";

  @Test
  void aRepeatedStandfirstAndAPullQuoteAreInTheBodyOnce() {
    String text = body("standfirst-and-pull-quote-repeated.html");
    assertThat(text).startsWith("Volunteers in Wexbury spent the week");
    assertThat(occurrences(text, STANDFIRST)).isEqualTo(1);
    assertThat(occurrences(text, PULLED)).isEqualTo(1);
    assertThat(text).contains("Ines Harrow, who has run the festival since 1998");
  }

  @Test
  void aBlockQuoteThatNoParagraphRepeatsStays() {
    assertThat(body("standfirst-and-pull-quote-repeated.html"))
        .contains("Every lantern carries the name of someone the family wants to remember")
        .endsWith("The first boats leave the upper basin at nine o'clock.");
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
