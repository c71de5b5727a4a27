package org.dragoman.structure;

import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;

/**
 * Finds the parts of one kind of raw document.
 *
 * <p>To add a reader for another kind of page:
 *
 * <ol>
 *   <li>Implement this interface; keep it stateless and thread-safe.
 *   <li>Put the body in {@link Page#text()} with paragraphs separated by blank lines, and its
 *       structure in {@link Page#blocks()} as spans over that text.
 *   <li>Let given metadata ({@link RawDocument#given()}) win over what the page says, and say so in
 *       {@link Page#publishedEvidence()}.
 *   <li>Choose it in {@link PageReaders} for the documents it reads.
 *   <li>Add a test that extends {@code PageReaderContractTest}, with a fixture of that kind.
 * </ol>
 */
public interface PageReader {
  Page read(RawDocument document);
}
