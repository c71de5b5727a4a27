package org.dragoman.record.quote;

/**
 * Text between quotation marks.
 *
 * @param open offset of the opening mark
 * @param start offset of the first quoted character
 * @param end offset after the last quoted character
 * @param close offset of the closing mark, or -1 when the quote is never closed
 * @param closeLength the length of the closing mark (2 for ''), 0 when unclosed
 */
record MarkedQuote(int open, int start, int end, int close, int closeLength) {
  boolean closed() {
    return close >= 0;
  }

  /** Offset after the closing mark (or after the content when unclosed). */
  int outerEnd() {
    return closed() ? close + closeLength : end;
  }
}
