package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcSourceTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new WarcSource();
  }

  @Override
  protected String fixture() {
    return "archive.warc.gz";
  }

  @Override
  protected String otherFormatFixture() {
    return "page.html";
  }

  @Override
  protected SourceInput badInput() {
    return truncated(0.8);
  }

  private static SourceInput truncated(double share) {
    byte[] all = resource("archive.warc.gz");
    return SourceInput.of("cut.warc.gz", Arrays.copyOf(all, (int) (all.length * share)));
  }

  private static byte[] uncompressed() throws IOException {
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(resource("archive.warc.gz")))) {
      return in.readAllBytes();
    }
  }

  @Test
  void htmlResponsesBecomeDocumentsWithTargetDateAndRecordId() {
    CollectingSink sink = CollectingSink.read(new WarcSource(), fixtureInput("archive.warc.gz"));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(2); // not the request, the image or the redirect

    RawDocument first = sink.documents.get(0);
    assertThat(first.format()).isEqualTo(Format.HTML);
    assertThat(first.given().url()).isEqualTo(WarcFixtureWriter.PAGE_1);
    assertThat(first.origin().fetched()).isEqualTo("2025-05-06T07:45:12Z");
    assertThat(first.origin().recordId())
        .isEqualTo("urn:uuid:00000000-0000-4000-8000-000000000002");
    assertThat(first.content()).contains("“Barges will save", "agency’s engineer");

    RawDocument second = sink.documents.get(1);
    assertThat(second.given().url()).isEqualTo(WarcFixtureWriter.PAGE_2);
    // windows-1252 bytes, decoded by the charset of the HTTP header
    assertThat(second.content()).contains("Café Terraces", "“It’s the best news", "René Dufour");
  }

  @Test
  void theCommittedFixtureIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("fresh.warc.gz");
    WarcFixtureWriter.write(fresh);
    CollectingSink regenerated =
        CollectingSink.read(
            new WarcSource(), SourceInput.of(fresh, Sources.DEFAULT_MAX_DOCUMENT_BYTES));
    CollectingSink committed =
        CollectingSink.read(new WarcSource(), fixtureInput("archive.warc.gz"));
    assertThat(regenerated.documents)
        .extracting(RawDocument::content, d -> d.origin().recordId(), d -> d.given().url())
        .isEqualTo(
            committed.documents.stream()
                .map(
                    d ->
                        org.assertj.core.groups.Tuple.tuple(
                            d.content(), d.origin().recordId(), d.given().url()))
                .toList());
  }

  @Test
  void gzipContentEncodingAndCharsetFromThePageAreHonoured() throws IOException {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
            + "<body><p>\u201cOpen again,\u201d said Ren\u00e9.</p></body></html>";
    byte[] body = SourcesTest.gzip(page.getBytes(Charset.forName("windows-1252")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(out)) {
      w.write(
          new WarcResponse.Builder("https://cafe.example/")
              .date(Instant.parse("2025-01-02T03:04:05Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Encoding", "gzip")
                      .body(MediaType.parse("text/html"), body)
                      .build())
              .build());
    }
    CollectingSink sink =
        CollectingSink.read(new WarcSource(), SourceInput.of("cafe.warc", out.toByteArray()));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(d -> assertThat(d.content()).contains("“Open again,” said René."));
  }

  @Test
  void aResponseWithoutContentTypeIsAPageWhenItsPayloadIsHtml() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(out)) {
      for (String[] r :
          new String[][] {
            {
              "https://x.example/story",
              "<!DOCTYPE html><html><body><p>Bridge reopens.</p></body></html>"
            },
            {"https://x.example/data", "id,value\n1,2\n"}
          }) {
        byte[] http =
            ("HTTP/1.1 200 OK\r\nContent-Length: " + r[1].length() + "\r\n\r\n" + r[1])
                .getBytes(StandardCharsets.UTF_8);
        w.write(
            new WarcResponse.Builder(r[0])
                .body(MediaType.parse("application/http;msgtype=response"), http)
                .build());
      }
    }
    CollectingSink sink =
        CollectingSink.read(new WarcSource(), SourceInput.of("untyped.warc", out.toByteArray()));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .extracting(d -> d.given().url())
        .containsExactly("https://x.example/story");
  }

  @Test
  void anArchiveWithoutHtmlPagesIsAnError() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(out)) {
      w.write(
          new WarcResponse.Builder("https://cafe.example/logo.png")
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("image/png"), TextSourceTest.PNG_BYTES)
                      .build())
              .build());
    }
    CollectingSink sink =
        CollectingSink.read(new WarcSource(), SourceInput.of("images.warc", out.toByteArray()));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors).containsExactly("images.warc: no HTML pages among 1 WARC records");
  }

  @Test
  void readsUncompressedWarcToo() throws IOException {
    SourceInput plain = SourceInput.of("archive.warc", uncompressed());
    assertThat(new WarcSource().accepts(plain)).isTrue();
    CollectingSink sink = CollectingSink.read(new WarcSource(), plain);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(2);
  }

  @Test
  void truncatedArchiveKeepsTheRecordsBeforeTheDamage() {
    CollectingSink sink = CollectingSink.read(new WarcSource(), truncated(0.8));
    assertThat(sink.documents).hasSize(1);
    assertThat(sink.documents.get(0).given().url()).isEqualTo(WarcFixtureWriter.PAGE_1);
    assertThat(sink.errors)
        .singleElement()
        .asString()
        .startsWith("cut.warc.gz: truncated WARC after 4 records (");
  }

  @Test
  void truncatedUncompressedArchiveIsReportedOnce() throws IOException {
    byte[] all = uncompressed();
    SourceInput cut = SourceInput.of("cut.warc", Arrays.copyOf(all, all.length - 200));
    CollectingSink sink = CollectingSink.read(new WarcSource(), cut);
    assertThat(sink.documents)
        .extracting(d -> d.given().url())
        .containsExactly(WarcFixtureWriter.PAGE_1);
    assertThat(sink.errors).singleElement().asString().contains("WARC after 4 records");
  }

  @Test
  void garbageAfterTheMagicIsACorruptArchive() {
    byte[] bytes =
        "WARC/1.0\r\nthis is not a header at all\r\n\r\n\u0001\u0002"
            .getBytes(StandardCharsets.ISO_8859_1);
    CollectingSink sink = CollectingSink.read(new WarcSource(), SourceInput.of("junk.warc", bytes));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors).singleElement().asString().contains("WARC after 0 records");
  }

  @Test
  void aPageOverTheLimitIsAnErrorForThatRecordOnly() {
    SourceInput small = SourceInput.of("archive.warc.gz", resource("archive.warc.gz"), 400);
    CollectingSink sink = CollectingSink.read(new WarcSource(), small);
    assertThat(sink.errors).singleElement().asString().startsWith("archive.warc.gz#2: too large");
    assertThat(sink.documents)
        .extracting(d -> d.given().url())
        .containsExactly(WarcFixtureWriter.PAGE_2);
  }
}
