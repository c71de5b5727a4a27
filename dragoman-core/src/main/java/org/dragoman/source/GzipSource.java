package org.dragoman.source;

/** Decompresses a single gzip file (page.html.gz, docs.jsonl.gz) and reads what is inside. */
final class GzipSource implements Source {
  private final Sources sources;

  GzipSource(Sources sources) {
    this.sources = sources;
  }

  @Override
  public String name() {
    return "gzip";
  }

  @Override
  public boolean accepts(SourceInput input) {
    return BinarySniffer.isGzip(input.head());
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    SourceInput inner = SourceInput.gunzipped(input);
    if (inner.head().length == 0) {
      throw new SourceException("empty file inside gzip");
    }
    sources.read(inner, sink);
  }
}
