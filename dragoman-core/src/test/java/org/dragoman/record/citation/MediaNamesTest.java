package org.dragoman.record.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaNamesTest {
  private static final MediaNames MEDIA = new MediaNames();

  @Test
  void knowsTheMediaOfTheSharedListByNameAndVariantWithoutTheArticle() {
    assertThat(MEDIA.isKnown("Reuters")).isTrue();
    assertThat(MEDIA.isKnown("the Guardian")).isTrue();
    assertThat(MEDIA.isKnown("NYT")).isTrue();
    assertThat(MEDIA.isKnown("ČTK")).isTrue();
    assertThat(MEDIA.isKnown("ctk")).isTrue();
  }

  @Test
  void thinkTanksAreNotMedia() {
    assertThat(MEDIA.isKnown("Brookings")).isFalse();
    assertThat(MEDIA.isMedia("Council on Foreign Relations")).isFalse();
  }

  @Test
  void mediaWordsAndDomainsNeedNoEntry() {
    assertThat(MEDIA.isMedia("Itar-Tass News Agency")).isTrue();
    assertThat(MEDIA.isMedia("rferl.org")).isTrue();
    assertThat(MEDIA.isKnown("Itar-Tass News Agency")).isFalse();
    assertThat(MEDIA.isMedia("Ministry of Defence")).isFalse();
  }
}
