package org.dragoman.structure.html;

/** The marks a sentence of a page's body ends with. */
final class SentenceMarks {
  private SentenceMarks() {}

  /** A full stop, exclamation or question mark, or a closing quote mark after one. */
  static boolean closes(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '"'
        || c == '\u201d'
        || c == '\u201c'
        || c == '\u00bb'
        || c == '\u00ab';
  }
}
