package org.dragoman.source;

import org.dragoman.model.Format;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;

/**
 * Reads a plain-text file in any common encoding as one document; refuses binary data. The fallback
 * format: it accepts anything but compressed data, so it is registered last.
 */
public final class TextSource implements Source {
  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean accepts(SourceInput input) {
    return !BinarySniffer.isGzip(input.head());
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      throw new SourceException("empty file");
    }
    String text = TextDecoder.decode(bytes, null).text();
    if (text.isBlank()) {
      throw new SourceException("no text (only white space)");
    }
    sink.document(new RawDocument(Origin.ofPath(input.location()), Format.TEXT, text, null));
  }
}
