package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

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
