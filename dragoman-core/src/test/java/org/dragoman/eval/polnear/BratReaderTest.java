package org.dragoman.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(BratReaderTest.class.getResource(name).toURI());
  }

  @Test
  void readsAttributionsWithDiscontinuousSpansNotesAndWrappedText() throws Exception {
    String text = Files.readString(resource("talks.txt"), StandardCharsets.UTF_8);
    List<BratAttribution> all = BratReader.read(resource("talks_x1.ann"), text.length());
    assertThat(all).hasSize(2);
    BratAttribution first = all.get(0);
    assertThat(first.source().textIn(text)).isEqualTo("The mayor");
    assertThat(first.cue().textIn(text)).isEqualTo("said");
    assertThat(first.content().fragments()).hasSize(2);
    assertThat(first.content().textIn(text)).isEqualTo("the port would reopen soon");
    BratAttribution second = all.get(1);
    assertThat(second.content().textIn(text)).isEqualTo("\"we will be ready,\"");
    assertThat(second.source().textIn(text)).isEqualTo("she");
  }

  @Test
  void offsetsOutsideTheTextAreAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path ann = dir.resolve("bad_x1.ann");
    Files.writeString(ann, "T1\tSource 0 4\tThe\nT2\tCue 5 900\tsaid\n");
    assertThatThrownBy(() -> BratReader.read(ann, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad_x1.ann line 2")
        .hasMessageContaining("outside the text");
  }

  @Test
  void malformedOffsetsAreAnError(@TempDir Path dir) throws IOException {
    Path ann = dir.resolve("bad_x2.ann");
    Files.writeString(ann, "T1\tSource zero 4\tThe\n");
    assertThatThrownBy(() -> BratReader.read(ann, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad_x2.ann line 1: bad offsets");
  }

  @Test
  void sourceNamesCompareByProperNameTokens() {
    assertThat(SourceNames.properTokens("Mr. Trump")).containsExactly("trump");
    assertThat(SourceNames.properTokens("the campaign")).isEmpty();
    assertThat(SourceNames.matches(List.of("trump"), "Donald Trump")).isTrue();
    assertThat(SourceNames.matches(List.of("clinton"), "Bernie Sanders")).isFalse();
    assertThat(SourceNames.isPersonPronoun("She")).isTrue();
    assertThat(SourceNames.isOtherPronoun("they")).isTrue();
  }
}
