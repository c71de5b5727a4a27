package org.dragoman.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;

/**
 * Reads JSON Lines, one document per line, in the contract of docs/analysis-format.md: {@code id,
 * url, title, authors, published, site} and {@code text} or {@code html}; news-please's {@code
 * maintext, date_publish, source_domain} are synonyms. A bad line is an error for that line only
 * ("docs.jsonl:3: ..."); the size limit applies to each line. The file is streamed.
 */
public final class JsonlSource implements Source {
  private static final Set<String> EXTENSIONS = Set.of("jsonl", "ndjson");

  private final ObjectMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public boolean accepts(SourceInput input) {
    byte[] head = input.head();
    if (BinarySniffer.knownKind(head).isPresent()) {
      return false;
    }
    if (EXTENSIONS.contains(input.extension())) {
      return true;
    }
    String s = HeadText.of(head).stripLeading();
    int newline = s.indexOf('\n');
    String first = (newline < 0 ? s : s.substring(0, newline)).strip();
    boolean complete = newline >= 0 || head.length < SourceInput.HEAD_BYTES;
    return first.matches("(?s)\\{\\s*\"[^\"]{1,64}\"\\s*:.*") && (!complete || first.endsWith("}"));
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    int documents = 0;
    int errors = 0;
    int line = 0;
    try (InputStream in = input.open()) {
      LineReader lines = new LineReader(in, input.limit());
      while (true) {
        byte[] bytes = lines.next();
        if (bytes == null) {
          break;
        }
        line++;
        String where = input.location() + ":" + line;
        if (lines.lastTooLong()) {
          sink.error(
              where,
              "line too large: exceeds the limit of " + SourceInput.megabytes(input.limit()));
          errors++;
          continue;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (line == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          sink.document(document(input.location(), line, text, sink));
          documents++;
        } catch (SourceException e) {
          sink.error(where, e.getMessage());
          errors++;
        }
      }
    } catch (IOException e) {
      sink.error(input.location() + ":" + (line + 1), "cannot read: " + SourceInput.oneLine(e));
      return;
    }
    if (documents == 0 && errors == 0) {
      throw new SourceException("no documents: every line is blank");
    }
  }

  private RawDocument document(String location, int line, String text, DocumentSink sink)
      throws SourceException {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      String cause = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      cause = cause.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
      cause = cause.replaceAll("\\s+", " ").strip();
      String column =
          e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
      throw new SourceException("invalid JSON: " + cause + column, e);
    }
    if (node == null || !node.isObject()) {
      throw new SourceException("not a JSON object");
    }
    String body = field(node, "text", "maintext");
    String html = field(node, "html");
    if (body == null && html == null) {
      throw new SourceException("neither \"text\" nor \"html\"");
    }
    String id = field(node, "id");
    String url = field(node, "url");
    GivenMetadata given =
        new GivenMetadata(
            id,
            url,
            field(node, "title"),
            authors(node.get("authors")),
            published(node, location + ":" + line, sink),
            field(node, "site", "source_domain"));
    Origin origin = new Origin(location, id != null ? id : String.valueOf(line), null);
    return body != null
        ? new RawDocument(origin, Format.TEXT, body.replace("\r\n", "\n"), given)
        : new RawDocument(origin, Format.HTML, html, given);
  }

  /**
   * The given publication date in the analysis format, or null. A date that is there but cannot be
   * read is a warning naming the line and the value; the document is still read, undated.
   */
  private static String published(JsonNode node, String where, DocumentSink sink) {
    for (String name : new String[] {"published", "date_publish"}) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
        continue;
      }
      boolean scalar = v.isTextual() || v.isNumber();
      String date = scalar ? PublishedDates.normalize(v.asText()) : null;
      if (date == null) {
        String value = v.isTextual() ? "\"" + v.asText().strip() + "\"" : v.toString();
        if (value.length() > 80) {
          value = value.substring(0, 77) + "...";
        }
        sink.warning(
            where,
            "\""
                + name
                + "\" is not a date that can be read: "
                + value.replaceAll("\\s+", " ")
                + " (the document is read without a date)");
      }
      if (scalar) {
        return date;
      }
    }
    return null;
  }

  /** The first of the named fields that holds a non-blank string or number. */
  private static String field(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node.get(name);
      if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null || node.isNull()) {
      return names;
    }
    if (node.isTextual() && !node.asText().isBlank()) {
      names.add(node.asText().strip());
    }
    for (JsonNode n : node) {
      if (n.isTextual() && !n.asText().isBlank()) {
        names.add(n.asText().strip());
      }
    }
    return names;
  }

  /** Splits a stream into lines of bytes, never holding more than the limit of one line. */
  private static final class LineReader {
    private final InputStream in;
    private final long limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean tooLong;

    LineReader(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    /** The next line without its end ("\n" or "\r\n"), or null at the end of the stream. */
    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      tooLong = false;
      long length = 0;
      boolean any = false;
      while (true) {
        if (pos == end) {
          end = in.read(buf, 0, buf.length);
          pos = 0;
          if (end <= 0) {
            end = 0;
            break;
          }
        }
        any = true;
        int start = pos;
        while (pos < end && buf[pos] != '\n') {
          pos++;
        }
        int n = pos - start;
        if (length + n > limit) {
          tooLong = true;
        } else {
          line.write(buf, start, n);
        }
        length += n;
        if (pos < end) {
          pos++; // the newline
          break;
        }
      }
      if (!any) {
        return null;
      }
      byte[] bytes = line.toByteArray();
      int last = bytes.length;
      if (last > 0 && bytes[last - 1] == '\r') {
        last--;
      }
      return last == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, last);
    }

    boolean lastTooLong() {
      return tooLong;
    }
  }
}
