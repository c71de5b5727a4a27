package org.dragoman.source;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the WARC fixture {@code formats/archive.warc.gz} (run once; the binary is committed): two
 * HTML pages (one UTF-8, one windows-1252 declared in the HTTP header), their request, an image and
 * a redirect, which are not documents. Run: {@code java ... WarcFixtureWriter OUT.warc.gz}.
 */
public final class WarcFixtureWriter {
  static final String PAGE_1 = "https://harbour-news.example.org/2025/05/lock-gates";
  static final String PAGE_2 = "https://harbour-news.example.org/2025/05/cafe-terraces";

  private WarcFixtureWriter() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }

  static void write(Path out) throws IOException {
    try (OutputStream os = Files.newOutputStream(out);
        WarcWriter warc =
            new WarcWriter(java.nio.channels.Channels.newChannel(os), WarcCompression.GZIP)) {
      Instant date = Instant.parse("2025-05-06T07:45:12Z");
      warc.write(
          new WarcRequest.Builder(PAGE_1)
              .recordId(uuid(1))
              .date(date)
              .body(new HttpRequest.Builder("GET", "/2025/05/lock-gates").build())
              .build());
      warc.write(
          response(
              PAGE_1,
              2,
              date,
              200,
              "text/html; charset=utf-8",
              page(
                      "New Lock Gates Open on the Canal",
                      "<p>The new lock gates at Vestre Canal opened on Monday after eighteen months"
                          + " of work, the waterways agency said.</p>\n<p>“Barges will save about"
                          + " forty minutes on each passage,” said Ingrid Holm, the agency’s"
                          + " engineer.</p>")
                  .getBytes(StandardCharsets.UTF_8)));
      warc.write(
          response(
              "https://harbour-news.example.org/img/lock.png",
              3,
              date.plusSeconds(1),
              200,
              "image/png",
              new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}));
      warc.write(
          response(
              "https://harbour-news.example.org/old-lock-story",
              4,
              date.plusSeconds(2),
              301,
              "text/html",
              "<html><body><a href=\"/2025/05/lock-gates\">Moved</a></body></html>"
                  .getBytes(StandardCharsets.UTF_8)));
      warc.write(
          response(
              PAGE_2,
              5,
              date.plusSeconds(60),
              200,
              "text/html; charset=windows-1252",
              page(
                      "Café Terraces Return to the Quay",
                      "<p>Café owners on the quay may put tables outside again from May 15, the"
                          + " city’s licensing board decided.</p>\n<p>“It’s the best news of the"
                          + " spring,” said René Dufour, who runs a café near the fish market.</p>")
                  .getBytes(Charset.forName("windows-1252"))));
    }
  }

  private static WarcResponse response(
      String uri, int id, Instant date, int status, String contentType, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
            .body(MediaType.parse(contentType), body)
            .build();
    return new WarcResponse.Builder(URI.create(uri))
        .recordId(uuid(id))
        .date(date)
        .body(http)
        .build();
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html><head><title>"
        + title
        + " | Harbour News</title></head>\n<body><article><h1>"
        + title
        + "</h1>\n"
        + body
        + "\n</article></body></html>\n";
  }

  private static UUID uuid(int n) {
    return UUID.fromString(
        String.format(java.util.Locale.ROOT, "00000000-0000-4000-8000-%012d", n));
  }
}
