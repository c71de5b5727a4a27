package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Test;

/** Which of two nested predicted quotes a gold quote is matched with (gold-format.md). */
class NestedQuoteMatchTest {
  // an invented sentence with two reporting layers
  private static final String TEXT =
      "\"We will rebuild the pier,\" Odell said, according to the Lakeside Courier.";

  private static Quote quote(String id, String part, String speaker) {
    int s = TEXT.indexOf(part);
    return new Quote(
        id,
        part,
        s,
        s + part.length(),
        QuoteKind.MIXED,
        new Speaker(null, speaker),
        null,
        null,
        null,
        0.8,
        List.of());
  }

  private static Span span(String part) {
    int s = TEXT.indexOf(part);
    return new Span(s, s + part.length());
  }

  private final Quote outer =
      quote("q1", "\"We will rebuild the pier,\" Odell said", "Lakeside Courier");
  private final Quote inner = quote("q2", "We will rebuild the pier,", "Odell");

  @Test
  void theInnerQuoteIsMatchedNotItsContainer() {
    Span gold = span("We will rebuild the pier");
    assertThat(StatementChecks.bestOverlap(gold, List.of(outer, inner))).containsSame(inner);
    assertThat(StatementChecks.bestOverlap(gold, List.of(inner, outer))).containsSame(inner);
  }

  @Test
  void theLargerOverlapStillWins() {
    Span gold = span("rebuild the pier,\" Odell said");
    assertThat(StatementChecks.bestOverlap(gold, List.of(inner, outer))).containsSame(outer);
  }

  @Test
  void equalFitsGoToTheEarliest() {
    Span gold = span("will rebuild the");
    Quote before = quote("q3", "e will rebuild the", "Someone"); // two characters outside
    Quote after = quote("q4", "will rebuild the p", "Other"); // two characters outside
    assertThat(StatementChecks.bestOverlap(gold, List.of(after, before))).containsSame(before);
    Quote wider = quote("q5", "We will rebuild the", "Third"); // three characters outside
    assertThat(StatementChecks.bestOverlap(gold, List.of(wider, after))).containsSame(after);
  }
}
