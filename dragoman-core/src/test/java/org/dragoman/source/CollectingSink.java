package org.dragoman.source;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.RawDocument;

/** A sink for tests: keeps every document and every error ("location: cause") in order. */
public final class CollectingSink implements DocumentSink {
  public final List<RawDocument> documents = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();

  @Override
  public void document(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void error(String location, String cause) {
    errors.add(location + ": " + cause);
  }

  /** Reads the input with the source; a {@link SourceException} becomes an error line. */
  public static CollectingSink read(Source source, SourceInput input) {
    CollectingSink sink = new CollectingSink();
    try {
      source.read(input, sink);
    } catch (SourceException e) {
      sink.error(input.location(), e.getMessage());
    }
    return sink;
  }
}
