package org.dragoman.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.eval.QuotesOnText;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Which of two nested predicted statements a PolNeAR gold attribution is matched with. */
class NestedMatchTest {
  // an invented sentence with two reporting layers
  private static final String TEXT =
      "Ellery conceded that the levy was a mistake, the Harbour Gazette reported on Friday.";

  private static final QuotesOnText SENTENCE = new QuotesOnText(TEXT, QuoteKind.INDIRECT);

  private static BratSpan gold(String part) {
    return new BratSpan("T1", "Content", List.of(SENTENCE.span(part)), part);
  }

  private final Quote outer =
      SENTENCE.quote("q1", "Ellery conceded that the levy was a mistake", "Harbour Gazette");
  private final Quote inner = SENTENCE.quote("q2", "the levy was a mistake", "Ellery");

  @Test
  void anInnerGoldContentGoesToTheInnerStatementNotItsContainer() {
    BratSpan content = gold("the levy was a mistake");
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(outer, inner))).isSameAs(inner);
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(inner, outer))).isSameAs(inner);
  }

  @Test
  void anOuterGoldContentGoesToTheContainer() {
    BratSpan content = gold("Ellery conceded that the levy was a mistake");
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(inner, outer))).isSameAs(outer);
  }

  @Test
  void theContainerWinsWhenItAddsMoreOfTheContentThanOutsideText() {
    // fit 22 - 21 for the container, 8 - 14 for the inner statement
    BratSpan content = gold("conceded that the levy");
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(inner, outer))).isSameAs(outer);
    // 5 more characters of the content ("that "), 16 outside ("Ellery conceded ")
    BratSpan clause = gold("that the levy was a mistake");
    assertThat(PolnearEvaluation.bestOverlap(clause, List.of(outer, inner))).isSameAs(inner);
  }

  @Test
  void apartFromNestingTheLargestOverlapWins() {
    Quote wide = SENTENCE.quote("q4", "Ellery conceded that the levy was", "Harbour Gazette");
    Quote tail = SENTENCE.quote("q5", "a mistake, the", "Ellery");
    // "the levy was" (12) against "a mistake" (9), though the tail fits better (9 - 5 > 12 - 21)
    BratSpan content = gold("the levy was a mistake");
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(tail, wide))).isSameAs(wide);
  }

  @Test
  void equalFitsGoToTheFirstAndNoOverlapToNone() {
    Quote twin = SENTENCE.quote("q3", "the levy was a mistake", "Someone");
    BratSpan content = gold("levy was a mistake");
    assertThat(PolnearEvaluation.bestOverlap(content, List.of(inner, twin))).isSameAs(inner);
    assertThat(PolnearEvaluation.bestOverlap(gold("on Friday"), List.of(inner, outer))).isNull();
  }
}
