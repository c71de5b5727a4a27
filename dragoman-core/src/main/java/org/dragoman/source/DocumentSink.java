package org.dragoman.source;

import org.dragoman.model.RawDocument;

/** Receives what a source reads: documents, and errors that lose one document or one record. */
public interface DocumentSink {
  void document(RawDocument document);

  /**
   * One document or record could not be read; the others still are.
   *
   * @param location the file, with the record or line where it applies ("feed.xml#3")
   * @param cause a one-line human explanation ("truncated gzip stream")
   */
  void error(String location, String cause);

  /**
   * Something in a document could not be used, but the document is still read (a date that is not a
   * date: the document is read undated). The default writes one line on standard error; sinks that
   * report elsewhere override it.
   *
   * @param location the file, with the record or line where it applies ("docs.jsonl:3")
   * @param message a one-line human explanation of what was left out and why
   */
  default void warning(String location, String message) {
    System.err.println("warning: " + location + ": " + message);
  }
}
