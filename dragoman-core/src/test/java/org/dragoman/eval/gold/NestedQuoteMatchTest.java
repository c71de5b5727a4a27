package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.eval.QuotesOnText;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.junit.jupiter.api.Test;

/** Which of two nested predicted quotes a gold quote is matched with (gold-format.md). */
class NestedQuoteMatchTest {
  // an invented sentence with two reporting layers
  private static final String TEXT =
      "\"We will rebuild the pier,\" Odell said, according to the Lakeside Courier.";

  private static final QuotesOnText SENTENCE = new QuotesOnText(TEXT, QuoteKind.MIXED);

  private final Quote outer =
      SENTENCE.quote("q1", "\"We will rebuild the pier,\" Odell said", "Lakeside Courier");
  private final Quote inner = SENTENCE.quote("q2", "We will rebuild the pier,", "Odell");

  @Test
  void theInnerQuoteIsMatchedNotItsContainer() {
    Span gold = SENTENCE.span("We will rebuild the pier");
    assertThat(StatementChecks.bestOverlap(gold, List.of(outer, inner))).containsSame(inner);
    assertThat(StatementChecks.bestOverlap(gold, List.of(inner, outer))).containsSame(inner);
  }

  @Test
  void theLargerOverlapStillWins() {
    Span gold = SENTENCE.span("rebuild the pier,\" Odell said");
    assertThat(StatementChecks.bestOverlap(gold, List.of(inner, outer))).containsSame(outer);
  }

  @Test
  void equalFitsGoToTheEarliest() {
    Span gold = SENTENCE.span("will rebuild the");
    Quote before = SENTENCE.quote("q3", "e will rebuild the", "Someone"); // two characters outside
    Quote after = SENTENCE.quote("q4", "will rebuild the p", "Other"); // two characters outside
    assertThat(StatementChecks.bestOverlap(gold, List.of(after, before))).containsSame(before);
    Quote wider = SENTENCE.quote("q5", "We will rebuild the", "Third"); // three characters outside
    assertThat(StatementChecks.bestOverlap(gold, List.of(wider, after))).containsSame(after);
  }
}
