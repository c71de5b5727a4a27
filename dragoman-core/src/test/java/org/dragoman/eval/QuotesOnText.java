package org.dragoman.eval;

import java.util.List;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Span;
import org.dragoman.model.Speaker;

/**
 * Predicted quotes of one kind laid over parts of an invented sentence, for the tests of which
 * predicted statement a gold statement is matched with (PolNeAR and gold-file evaluations alike).
 */
public final class QuotesOnText {
  private final String text;
  private final QuoteKind kind;

  public QuotesOnText(String text, QuoteKind kind) {
    this.text = text;
    this.kind = kind;
  }

  /** A predicted quote over the first occurrence of {@code part}, said by {@code speaker}. */
  public Quote quote(String id, String part, String speaker) {
    Span at = span(part);
    return new Quote(
        id,
        part,
        at.start(),
        at.end(),
        kind,
        new Speaker(null, speaker),
        null,
        null,
        null,
        0.8,
        List.of());
  }

  /** The span of the first occurrence of {@code part}; fails when the text does not hold it. */
  public Span span(String part) {
    int s = text.indexOf(part);
    if (s < 0) {
      throw new IllegalArgumentException("'" + part + "' is not in the test text");
    }
    return new Span(s, s + part.length());
  }
}
