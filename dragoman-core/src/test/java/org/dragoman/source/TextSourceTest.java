package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class TextSourceTest extends SourceContractTest {
  static final byte[] PNG_BYTES = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Override
  protected Source source() {
    return new TextSource();
  }

  @Override
  protected String fixture() {
    return "article.txt";
  }

  @Override
  protected String otherFormatFixture() {
    return "archive.warc.gz";
  }

  @Override
  protected SourceInput badInput() {
    return SourceInput.of("image.txt", PNG_BYTES);
  }

  private static RawDocument readOne(String fixture) {
    CollectingSink sink = CollectingSink.read(new TextSource(), fixtureInput(fixture));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(1);
    return sink.documents.get(0);
  }

  private static String error(SourceInput input) {
    CollectingSink sink = CollectingSink.read(new TextSource(), input);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors).hasSize(1);
    return sink.errors.get(0);
  }

  @Test
  void readsUtf8() {
    RawDocument d = readOne("article.txt");
    assertThat(d.format()).isEqualTo(Format.TEXT);
    assertThat(d.content())
        .startsWith("Harbour Authority Approves")
        .contains("“We have listened", "authority’s chairman", "Gdańsk");
  }

  @Test
  void readsWindows1252WithCurlyApostrophesAndNormalizesLineEnds() {
    RawDocument d = readOne("latin1.txt");
    assertThat(d.content())
        .startsWith("Café owners")
        .contains("“It’s quieter", "Élodie Marchand", "council’s")
        .doesNotContain("\r", "\uFFFD");
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    RawDocument d = readOne("utf16.txt");
    assertThat(d.content())
        .startsWith("Ministers from five countries")
        .contains("“Water is the question of this decade,”")
        .doesNotContain("\uFEFF");
  }

  @Test
  void readsUtf16BigEndianWithoutByteOrderMark() {
    byte[] bytes = "Talks resumed in Vienna on Tuesday.\n".getBytes(StandardCharsets.UTF_16BE);
    CollectingSink sink = CollectingSink.read(new TextSource(), SourceInput.of("be.txt", bytes));
    assertThat(sink.documents)
        .singleElement()
        .satisfies(d -> assertThat(d.content()).isEqualTo("Talks resumed in Vienna on Tuesday.\n"));
  }

  @Test
  void emptyFileIsAnError() {
    assertThat(error(SourceInput.of("empty.txt", new byte[0]))).isEqualTo("empty.txt: empty file");
    assertThat(error(SourceInput.of("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))))
        .contains("no text");
  }

  @Test
  void binaryFilesAreNamed() {
    assertThat(error(SourceInput.of("logo.txt", PNG_BYTES)))
        .isEqualTo("logo.txt: binary file (PNG image), not text");
    assertThat(
            error(
                SourceInput.of(
                    "report.txt",
                    "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))))
        .isEqualTo("report.txt: binary file (PDF document), not text");
    byte[] nul = "some words\0\0\0 more words".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(error(SourceInput.of("data.bin", nul))).contains("binary file (", "NUL");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
    }
    assertThat(error(SourceInput.of("ctl.txt", controls))).contains("binary file (");
  }

  @Test
  void unsupportedEncodingIsAClearError() {
    byte[] ucs4 = {(byte) 0xfe, (byte) 0xff, 0, 0, 0, 'A', 0, 0, 0, 'B', 0, 0};
    assertThat(error(SourceInput.of("odd.txt", ucs4))).contains("unsupported text encoding");
  }

  @Test
  void undecodableTextIsAnErrorWithTheShareOfBadCharacters() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 5 == 0 ? 'a' : 0xff);
    }
    assertThatThrownBy(() -> TextDecoder.decode(bytes, "utf-8"))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("undecodable text: 80% of the characters are invalid in UTF-8");
  }

  @Test
  void aFewInvalidBytesInMostlyGoodTextAreReplacedNotFatal() throws SourceException {
    byte[] good = "A sentence that is mostly fine ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xff;
    assertThat(TextDecoder.decode(bytes, "utf-8").text()).endsWith("fine \uFFFD");
  }
}
