package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.Format;
import org.junit.jupiter.api.Test;

class GzipSourceTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new GzipSource(Sources.defaults());
  }

  @Override
  protected String fixture() {
    return "page.html.gz";
  }

  @Override
  protected String otherFormatFixture() {
    return "article.txt";
  }

  @Override
  protected SourceInput badInput() {
    byte[] whole = resource("page.html.gz");
    return SourceInput.of("cut.html.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
  }

  @Test
  void theInnerFormatIsDetectedFromTheDecompressedContent() {
    CollectingSink sink =
        CollectingSink.read(source(), SourceInput.of("download.gz", resource("page.html.gz")));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.format()).isEqualTo(Format.HTML);
              assertThat(d.content()).contains("Ferry Link to Resume in May");
            });
  }

  @Test
  void theInnerNameLosesItsGzEnding() throws SourceException {
    SourceInput inner = SourceInput.gunzipped(fixtureInput("page.html.gz"));
    assertThat(inner.extension()).isEqualTo("html");
    assertThat(inner.location()).isEqualTo("formats/page.html.gz");
    assertThat(inner.compressed()).isTrue();
  }
}
