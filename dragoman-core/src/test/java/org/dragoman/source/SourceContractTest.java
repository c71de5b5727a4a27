package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Source} must do. An implementation's test extends this class with the source,
 * its fixture in {@code src/test/resources/formats/}, another format's fixture it must not accept,
 * and a bad input of its own format.
 */
public abstract class SourceContractTest {
  protected abstract Source source();

  /** The name of this format's fixture under {@code formats/}. */
  protected abstract String fixture();

  /** The name of a fixture of another format, which this source must not accept. */
  protected abstract String otherFormatFixture();

  /** A bad input of this format (broken, truncated, or without any document). */
  protected abstract SourceInput badInput();

  /** The bytes of a fixture under {@code formats/}. */
  public static byte[] resource(String name) {
    try (InputStream in = SourceContractTest.class.getResourceAsStream("/formats/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource formats/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture as a source input whose location is its path under the resources. */
  public static SourceInput fixtureInput(String name) {
    return SourceInput.of("formats/" + name, resource(name));
  }

  @Test
  void readsItsFixtureToDocuments() {
    CollectingSink sink = CollectingSink.read(source(), fixtureInput(fixture()));
    assertThat(sink.documents).isNotEmpty();
    for (RawDocument d : sink.documents) {
      assertThat(d.content()).isNotBlank().doesNotContain("\r");
    }
  }

  @Test
  void originsCarryTheLocation() {
    CollectingSink sink = CollectingSink.read(source(), fixtureInput(fixture()));
    assertThat(sink.documents)
        .allSatisfy(d -> assertThat(d.origin().source()).isEqualTo("formats/" + fixture()));
  }

  @Test
  void readingTwiceGivesEqualDocumentsAndIds() {
    CollectingSink first = CollectingSink.read(source(), fixtureInput(fixture()));
    CollectingSink second = CollectingSink.read(source(), fixtureInput(fixture()));
    assertThat(second.documents).isEqualTo(first.documents);
    assertThat(second.documents.stream().map(RawDocument::id).toList())
        .isEqualTo(first.documents.stream().map(RawDocument::id).toList())
        .doesNotHaveDuplicates();
    assertThat(second.errors).isEqualTo(first.errors);
  }

  @Test
  void acceptsItsOwnFixture() {
    assertThat(source().accepts(fixtureInput(fixture()))).isTrue();
  }

  @Test
  void rejectsAnotherFormatsFixture() {
    assertThat(source().accepts(fixtureInput(otherFormatFixture()))).isFalse();
  }

  @Test
  void theDefaultsDetectItsFixtureAsThisFormat() throws SourceException {
    assertThat(Sources.defaults().detect(fixtureInput(fixture())).name())
        .isEqualTo(source().name());
  }

  @Test
  void badInputIsReportedAsAnErrorNotThrown() {
    SourceInput bad = badInput();
    CollectingSink sink = new CollectingSink();
    assertThatCode(
            () -> {
              try {
                source().read(bad, sink);
              } catch (SourceException e) {
                sink.error(bad.location(), e.getMessage());
              }
            })
        .doesNotThrowAnyException();
    assertThat(sink.errors).isNotEmpty();
    assertThat(sink.errors).allSatisfy(e -> assertThat(e).doesNotContain("\n").isNotBlank());
  }
}
