package org.dragoman.source;

/**
 * Reads one input format into raw documents.
 *
 * <p>To add a format:
 *
 * <ol>
 *   <li>Implement this interface in {@code org.dragoman.source}: {@link #accepts} looks at the
 *       content (magic bytes, root element), not only the file name.
 *   <li>Make {@link #read} stream each document to the sink as it is read, and report each bad
 *       record to {@link DocumentSink#error} with its location, so one bad record never loses the
 *       others; throw {@link SourceException} only when nothing in the file can be read.
 *   <li>Register it in {@link Sources#defaults()}, before any more general format it resembles.
 *   <li>Add a tiny real fixture in {@code src/test/resources/formats/}.
 *   <li>Add a test that extends {@code SourceContractTest} with that fixture, and a test for the
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
