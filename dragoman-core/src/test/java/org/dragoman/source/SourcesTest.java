package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.dragoman.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesTest {
  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static CollectingSink read(SourceInput input) {
    CollectingSink sink = new CollectingSink();
    try {
      Sources.defaults().read(input, sink);
    } catch (SourceException e) {
      sink.error(input.location(), e.getMessage());
    }
    return sink;
  }

  @ParameterizedTest
  @CsvSource({
    "article.txt, text",
    "latin1.txt, text",
    "utf16.txt, text",
    "page.html, html",
    "feed-rss.xml, feed",
    "feed-atom.xml, feed",
    "archive.warc.gz, warc",
    "docs.jsonl, jsonl"
  })
  void detectsEachFixturesFormatFromItsContent(String fixture, String format)
      throws SourceException {
    // an anonymous name: the content decides
    SourceInput unnamed = SourceInput.of("input", SourceContractTest.resource(fixture));
    assertThat(Sources.defaults().detect(unnamed).name()).isEqualTo(format);
  }

  @Test
  void readsAGzippedPageTransparently() throws IOException {
    SourceInput input =
        SourceInput.of("page.html.gz", gzip(SourceContractTest.resource("page.html")));
    CollectingSink sink = read(input);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.format()).isEqualTo(Format.HTML);
              assertThat(d.origin().source()).isEqualTo("page.html.gz");
            });
  }

  @Test
  void readsGzippedJsonLines() throws IOException {
    SourceInput input =
        SourceInput.of("docs.jsonl.gz", gzip(SourceContractTest.resource("docs.jsonl")));
    CollectingSink sink = read(input);
    assertThat(sink.documents).hasSize(3);
    assertThat(sink.errors).singleElement().asString().startsWith("docs.jsonl.gz:3: invalid JSON");
  }

  @Test
  void corruptGzipIsAClearError() {
    byte[] bytes = {
      0x1f, (byte) 0x8b, 0x08, 0x00, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p', 0x11, 0x22
    };
    CollectingSink sink = read(SourceInput.of("bad.txt.gz", bytes));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .singleElement()
        .asString()
        .matches("bad\\.txt\\.gz: (truncated or )?corrupt gzip: .+");
  }

  @Test
  void truncatedGzipIsAClearError() throws IOException {
    byte[] whole = gzip(SourceContractTest.resource("article.txt"));
    CollectingSink sink =
        read(SourceInput.of("article.txt.gz", Arrays.copyOf(whole, whole.length - 30)));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .singleElement()
        .asString()
        .startsWith("article.txt.gz: truncated or corrupt gzip: ");
  }

  @Test
  void decompressedContentOverTheLimitIsRefusedWithoutInflatingItAll() throws IOException {
    byte[] zeros = gzip(" ".repeat(5_000_000).getBytes(StandardCharsets.US_ASCII));
    CollectingSink sink = new CollectingSink();
    try {
      Sources.defaults(1_000_000).read(SourceInput.of("bomb.txt.gz", zeros, 1_000_000), sink);
    } catch (SourceException e) {
      sink.error("bomb.txt.gz", e.getMessage());
    }
    assertThat(sink.errors)
        .containsExactly(
            "bomb.txt.gz: too large: decompressed content exceeds the limit of 1.0 MB");
  }

  @Test
  void publishedDatesAreNormalizedToTheAnalysisFormat() {
    assertThat(PublishedDates.normalize("2025")).isEqualTo("2025");
    assertThat(PublishedDates.normalize("2025-03")).isEqualTo("2025-03");
    assertThat(PublishedDates.normalize("2025-03-01")).isEqualTo("2025-03-01");
    assertThat(PublishedDates.normalize("2025-03-01 00:00:00")).isEqualTo("2025-03-01");
    assertThat(PublishedDates.normalize("2025-03-01T14:20:33.120+05:00"))
        .isEqualTo("2025-03-01T14:20");
    assertThat(PublishedDates.normalize("Tue, 11 Mar 2025 21:40:00 +0500"))
        .isEqualTo("2025-03-11T21:40");
    assertThat(PublishedDates.normalize("1 Sep 2024 07:05 EST")).isEqualTo("2024-09-01T07:05");
    assertThat(PublishedDates.normalize("2025-02-30")).isNull();
    assertThat(PublishedDates.normalize("last Tuesday")).isNull();
  }
}
