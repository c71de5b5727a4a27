package org.dragoman.source;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages of a WARC archive (plain or gzip-compressed) with jwarc: each successful
 * HTTP response (or resource record) whose payload is HTML becomes one document with the target
 * URI, the capture date and the record id. Other records (requests, images, redirects, metadata)
 * are not documents and are passed over. The archive is streamed; the size limit applies to each
 * page. A damaged archive keeps every page read before the damage and reports it once.
 */
public final class WarcSource implements Source {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public boolean accepts(SourceInput input) {
    byte[] head = input.head();
    if (BinarySniffer.isGzip(head)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
        head = in.readNBytes(8);
      } catch (IOException e) {
        return false;
      }
    }
    return new String(head, 0, Math.min(head.length, 5), StandardCharsets.ISO_8859_1)
        .equals("WARC/");
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    int records = 0;
    int pages = 0;
    int badPages = 0;
    try (InputStream in = input.open();
        WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        String where = input.location() + "#" + (records + 1);
        try {
          Optional<RawDocument> page = page(input, record);
          if (page.isPresent()) {
            sink.document(page.get());
            pages++;
          }
        } catch (SourceException e) {
          sink.error(where, e.getMessage());
          badPages++;
        }
        records++;
      }
    } catch (IOException | RuntimeException e) {
      sink.error(input.location(), damaged(records, e));
      return;
    }
    if (pages == 0 && badPages == 0) {
      throw new SourceException("no HTML pages among " + records + " WARC records");
    }
  }

  /**
   * The page in a record, if the record holds one: an HTML content type, or no content type at all
   * and a payload that looks like HTML.
   */
  private static Optional<RawDocument> page(SourceInput input, WarcRecord record)
      throws IOException, SourceException {
    MediaType type;
    boolean typeDeclared;
    MessageBody body;
    if (record instanceof WarcResponse response && isHttp(response)) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (ParsingException e) {
        throw new SourceException("unreadable HTTP response: " + SourceInput.oneLine(e), e);
      }
      if (http.status() < 200 || http.status() > 299) {
        return Optional.empty();
      }
      typeDeclared = http.headers().first("Content-Type").isPresent();
      type = typeDeclared ? http.contentType() : null;
      if (typeDeclared && !isHtml(type)) {
        return Optional.empty();
      }
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      typeDeclared = resource.headers().first("Content-Type").isPresent();
      type = typeDeclared ? resource.contentType() : null;
      if (typeDeclared && !isHtml(type)) {
        return Optional.empty();
      }
      body = resource.body();
    } else {
      return Optional.empty();
    }
    byte[] bytes =
        body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, input.limit() + 1));
    if (!typeDeclared
        && !HtmlSource.looksLikeHtml(
            java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SourceInput.HEAD_BYTES)))) {
      return Optional.empty();
    }
    if (bytes.length > input.limit()) {
      throw new SourceException(
          "too large: the page exceeds the limit of " + SourceInput.megabytes(input.limit()));
    }
    if (bytes.length == 0) {
      throw new SourceException("empty HTML page");
    }
    String charset = type == null ? null : type.parameters().get("charset");
    Origin origin =
        new Origin(
            input.location(),
            record.id().toString(),
            record.date() == null ? null : record.date().toString());
    GivenMetadata given =
        new GivenMetadata(null, ((WarcCaptureRecord) record).target(), null, null, null, null);
    return Optional.of(HtmlSource.document(bytes, charset, origin, given));
  }

  private static boolean isHttp(WarcResponse response) {
    MediaType t = response.contentType();
    return t != null && t.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http");
  }

  private static boolean isHtml(MediaType type) {
    return type != null && HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
  }

  private static String damaged(int records, Exception e) {
    boolean truncated =
        e instanceof EOFException
            || e instanceof ZipException
            || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("end of");
    return (truncated ? "truncated WARC after " : "corrupt WARC after ")
        + records
        + " records ("
        + SourceInput.oneLine(e)
        + ")";
  }
}
