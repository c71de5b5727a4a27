package org.dragoman.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes samples/warc/caspian-pages.warc.gz from the two HTML pages in the test resources
 * (samples-warc/). Run once by hand when those pages change: {@code java ... SampleWarcWriter
 * samples/warc/caspian-pages.warc.gz}. Record ids are derived from the URIs, so the output is
 * reproducible.
 */
public final class SampleWarcWriter {
  /** One archived page: where it was fetched from, when, and the resource holding its HTML. */
  record Capture(String uri, String date, String resource) {}

  static final List<Capture> CAPTURES =
      List.of(
          new Capture(
              "https://steppewire.example/2023/03/04/belov-ends-trip-in-bishkek/",
              "2023-03-04T12:05:00Z",
              "/samples-warc/belov-bishkek.html"),
          new Capture(
              "https://caspianenergydaily.example/2023/03/21/gazprom-turkmengaz-keep-talking/",
              "2023-03-21T09:00:00Z",
              "/samples-warc/gas-talks-resume.html"));

  private SampleWarcWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleWarcWriter OUTPUT.warc.gz");
      System.exit(2);
    }
    write(Path.of(args[0]));
  }

  static void write(Path out) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                out,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (Capture c : CAPTURES) {
        byte[] html = resource(c.resource());
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .addHeader(
                    "Date",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.parse(c.date()).atOffset(ZoneOffset.UTC)))
                .body(MediaType.parse("text/html; charset=utf-8"), html)
                .build();
        WarcResponse response =
            new WarcResponse.Builder(c.uri())
                .recordId(UUID.nameUUIDFromBytes(c.uri().getBytes(StandardCharsets.UTF_8)))
                .date(Instant.parse(c.date()))
                .body(http)
                .build();
        writer.write(response);
      }
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SampleWarcWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return in.readAllBytes();
    }
  }
}
