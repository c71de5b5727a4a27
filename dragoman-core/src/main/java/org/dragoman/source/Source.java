package org.dragoman.source;

/**
 * Reads one input format into raw documents. Implementations are stateless and thread-safe.
 *
 * <p>To add a format:
 *
 * <ol>
 *   <li>Implement this interface in {@code org.dragoman.source}: {@link #accepts} looks at the
 *       content ({@link SourceInput#head()}: magic bytes, root element), and at the file name only
 *       as a second hint; it never reads the whole input.
 *   <li>In {@link #read}, read the content with {@link SourceInput#bytes()} (which enforces the
 *       size limit) or, for a container of many documents, stream it with {@link
 *       SourceInput#open()} and apply {@link SourceInput#limit()} to each record. Decode text with
 *       {@code TextDecoder}, never with a fixed charset.
 *   <li>Send each document to the sink as it is read, with an {@link org.dragoman.model.Origin}
 *       that carries the input's location (and the record id inside a container), and report each
 *       bad record to {@link DocumentSink#error} with its location ("file#3", "file:12"), so one
 *       bad record never loses the others; throw {@link SourceException} with a one-line cause only
 *       when nothing more in the input can be read. Never let an unchecked exception escape.
 *   <li>Register it in {@link Sources#defaults()}, before any more general format it resembles
 *       (text is last).
 *   <li>Add a tiny real fixture in {@code src/test/resources/formats/}.
 *   <li>Add a test that extends {@code SourceContractTest} with that fixture, and tests for the
 *       format's own bad input.
 * </ol>
 */
public interface Source {
  /** A short name for messages and {@code --format} options ("html", "warc"). */
  String name();

  /** Whether this source reads the input, judged from its content first and its name second. */
  boolean accepts(SourceInput input);

  /** Reads every document of the input into the sink. */
  void read(SourceInput input, DocumentSink sink) throws SourceException;
}
