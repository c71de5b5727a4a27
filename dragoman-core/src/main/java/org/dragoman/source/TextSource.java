package org.dragoman.source;

import java.nio.charset.StandardCharsets;
import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;

/** Reads a plain-text file as one document. (Baseline: UTF-8 only.) */
public final class TextSource implements Source {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean accepts(SourceInput input) {
    return true;
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    String text = new String(input.bytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      throw new SourceException("empty file");
    }
    sink.document(new RawDocument(Origin.ofPath(input.location()), Format.TEXT, text, null));
  }
}
