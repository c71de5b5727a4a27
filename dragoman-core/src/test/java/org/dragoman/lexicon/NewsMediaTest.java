package org.dragoman.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsMediaTest {
  private static final List<NewsMedia.Outlet> OUTLETS = NewsMedia.outlets();

  @Test
  void theFileSaysWhatItsColumnsAre() throws Exception {
    try (var in = NewsMedia.class.getResourceAsStream("media.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("Columns");
    }
  }

  @Test
  void everyOutletHasAKnownKind() {
    Set<String> kinds =
        Set.of(
            "agency", "newspaper", "magazine", "journal", "broadcaster", "website", "think tank");
    assertThat(OUTLETS).hasSizeGreaterThan(100);
    for (NewsMedia.Outlet o : OUTLETS) {
      assertThat(kinds).as(o.name()).contains(o.kind());
      assertThat(o.name()).as(o.name()).isEqualTo(o.name().strip()).isNotEmpty();
    }
  }

  @Test
  void variantsAndThinkTanks() {
    NewsMedia.Outlet tass = outlet("Itar-Tass");
    assertThat(tass.variants()).contains("TASS", "ITAR-TASS");
    assertThat(tass.isMedium()).isTrue();
    assertThat(outlet("Brookings Institution").isMedium()).isFalse();
    assertThat(outlet("The Guardian").kind()).isEqualTo("newspaper");
  }

  private static NewsMedia.Outlet outlet(String name) {
    return OUTLETS.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }
}
