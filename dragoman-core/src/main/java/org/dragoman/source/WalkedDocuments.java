package org.dragoman.source;

import java.util.List;
import org.dragoman.model.RawDocument;

/**
 * What {@link InputWalker#readAll} read: the documents in reading order, and one line ("location:
 * cause") for every file or record that could not be read.
 */
public record WalkedDocuments(List<RawDocument> documents, List<String> errors) {
  public WalkedDocuments {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }
}
