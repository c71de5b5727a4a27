package org.dragoman.source;

import java.util.List;

/**
 * The registered source formats, most specific first, and the size limit for one document. Gzip
 * input that no source reads directly is decompressed and detected again.
 */
public final class Sources {
  /** The default most bytes of content one document may have: 10 MB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  private final List<Source> sources;
  private final long maxDocumentBytes;

  public Sources(List<Source> sources) {
    this(sources, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public Sources(List<Source> sources, long maxDocumentBytes) {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
    this.sources = List.copyOf(sources);
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** Feed, WARC, JSON Lines, HTML, then text, with the default size limit. */
  public static Sources defaults() {
    return defaults(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** Feed, WARC, JSON Lines, HTML, then text. */
  public static Sources defaults(long maxDocumentBytes) {
    return new Sources(
        List.of(
            new FeedSource(),
            new WarcSource(),
            new JsonlSource(),
            new HtmlSource(),
            new TextSource()),
        maxDocumentBytes);
  }

  /** The most bytes of content one document may have. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The first source that accepts the input; for other gzip input, one that decompresses it. */
  public Source detect(SourceInput input) throws SourceException {
    for (Source s : sources) {
      if (s.accepts(input)) {
        return s;
      }
    }
    if (BinarySniffer.isGzip(input.head())) {
      return new GzipSource(this);
    }
    throw new SourceException("unknown format");
  }

  /** Detects the format of the input and reads it. */
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    detect(input).read(input, sink);
  }

  public List<Source> all() {
    return sources;
  }
}
