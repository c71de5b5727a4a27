package org.dragoman.source;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.RawDocument;

/**
 * A sink for tests: keeps every document, every error ("location: cause") and every warning
 * ("location: message") in order.
 */
public final class CollectingSink implements DocumentSink {
  public final List<RawDocument> documents = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();

  @Override
  public void document(RawDocument document) {
    documents.add(document);
  }

  @Override
  public void error(String location, String cause) {
    errors.add(location + ": " + cause);
  }

  @Override
  public void warning(String location, String message) {
    warnings.add(location + ": " + message);
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
