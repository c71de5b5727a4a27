package org.dragoman.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * One input as handed to a {@link Source}: its location, its first bytes for format detection, and
 * a way to read all of it, never more than the size limit. Whole files are never loaded only to be
 * detected: {@link #head()} holds at most {@link #HEAD_BYTES}; {@link #bytes()} reads everything
 * and refuses content over {@link #limit()}; streaming formats (WARC, JSON Lines) use {@link
 * #open()} and apply the limit to each record.
 */
public final class SourceInput {
  /** How many leading bytes format detection sees. */
  public static final int HEAD_BYTES = 64 * 1024;

  /** Opens the content from its start (a file, or a decompressing stream over one). */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String location;
  private final String name;
  private final byte[] head;
  private final long size;
  private final long limit;
  private final Opener opener;
  private final boolean compressed;

  private SourceInput(
      String location,
      String name,
      byte[] head,
      long size,
      long limit,
      Opener opener,
      boolean compressed) {
    this.location = location;
    this.name = name;
    this.head = head;
    this.size = size;
    this.limit = limit;
    this.opener = opener;
    this.compressed = compressed;
  }

  /** Bytes already in memory, with the default size limit. */
  public static SourceInput of(String location, byte[] bytes) {
    return of(location, bytes, Sources.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** Bytes already in memory. */
  public static SourceInput of(String location, byte[] bytes, long limit) {
    byte[] copy = bytes.clone();
    return new SourceInput(
        location,
        location,
        Arrays.copyOf(copy, Math.min(copy.length, HEAD_BYTES)),
        copy.length,
        limit,
        () -> new ByteArrayInputStream(copy),
        false);
  }

  /** A file on disk: reads only its head now, the rest when a source asks. */
  public static SourceInput of(Path file, long limit) throws IOException {
    long size = Files.size(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return new SourceInput(
        file.toString(),
        file.toString(),
        head,
        size,
        limit,
        () -> Files.newInputStream(file),
        false);
  }

  /**
   * The content behind a gzip stream: same location, the name without ".gz", size unknown.
   *
   * @throws SourceException when the outer input is not readable gzip at all
   */
  static SourceInput gunzipped(SourceInput outer) throws SourceException {
    String inner = outer.name.replaceFirst("(?i)\\.(gz|gzip|tgz)$", "");
    Opener opener = () -> new java.util.zip.GZIPInputStream(outer.open(), 64 * 1024);
    byte[] head;
    try (InputStream in = opener.open()) {
      head = readUpTo(in, HEAD_BYTES, true);
    } catch (IOException e) {
      throw new SourceException("corrupt gzip: " + oneLine(e), e);
    }
    return new SourceInput(outer.location, inner, head, -1, outer.limit, opener, true);
  }

  /** The path or URL it was read from, used in origins and error messages. */
  public String location() {
    return location;
  }

  /** The lower-case file name ending after the last dot ("html"; "html" for "page.html.gz"). */
  public String extension() {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The first bytes of the content (all of it when shorter than {@link #HEAD_BYTES}). */
  public byte[] head() {
    return head.clone();
  }

  /** Whether the content was decompressed from a gzip file. */
  public boolean compressed() {
    return compressed;
  }

  /** The content size in bytes, or -1 when unknown before reading (decompressed content). */
  public long size() {
    return size;
  }

  /** The most bytes one document may have. */
  public long limit() {
    return limit;
  }

  /** Opens the whole content as a stream from its start; the caller closes it. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /**
   * The whole content, when it is within the limit.
   *
   * @throws SourceException when it is larger than the limit, or cannot be read
   */
  public byte[] bytes() throws SourceException {
    if (size > limit) {
      throw new SourceException(
          "too large: " + megabytes(size) + " exceeds the limit of " + megabytes(limit));
    }
    try (InputStream in = open()) {
      byte[] all = readUpTo(in, limit + 1, false);
      if (all.length > limit) {
        throw new SourceException(
            (compressed ? "too large: decompressed content exceeds" : "too large: exceeds")
                + " the limit of "
                + megabytes(limit));
      }
      return all;
    } catch (EOFException | ZipException e) {
      throw new SourceException(
          (compressed ? "truncated or corrupt gzip: " : "cannot read: ") + oneLine(e), e);
    } catch (IOException e) {
      throw new SourceException("cannot read: " + oneLine(e), e);
    }
  }

  /** A size for messages: "50.0 MB". */
  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** An exception as one line: its message, or its class name when it has none. */
  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() <= 300 ? m : m.substring(0, 300) + "…";
  }

  private static byte[] readUpTo(InputStream in, long max, boolean tolerateTruncation)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    while (total < max) {
      int n;
      try {
        n = in.read(buf, 0, (int) Math.min(buf.length, max - total));
      } catch (EOFException e) {
        if (tolerateTruncation && total > 0) {
          break;
        }
        throw e;
      }
      if (n < 0) {
        break;
      }
      out.write(buf, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "SourceInput[" + location + "]";
  }
}
