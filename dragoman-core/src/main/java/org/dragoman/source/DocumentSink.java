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
}
