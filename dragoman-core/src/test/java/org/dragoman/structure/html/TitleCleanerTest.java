package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
  private final TitleCleaner cleaner =
      new TitleCleaner(new SiteIdentity(List.of("The Coastal Ledger"), "https://ledger.example/x"));

  @Test
  void stripsTheDeclaredSiteNameAtEitherEnd() {
    assertThat(cleaner.clean("Ferry returns | The Coastal Ledger", false))
        .isEqualTo("Ferry returns");
    assertThat(cleaner.clean("The Coastal Ledger » Ferry returns", false))
        .isEqualTo("Ferry returns");
  }

  @Test
  void stripsTheHostName() {
    assertThat(cleaner.clean("Ferry returns - ledger.example", false)).isEqualTo("Ferry returns");
  }

  @Test
  void keepsAKickerThatIsNotTheSite() {
    assertThat(cleaner.clean("Harbour: Ferry returns", true)).isEqualTo("Harbour: Ferry returns");
    assertThat(cleaner.clean("Ferry returns - after repairs", false))
        .isEqualTo("Ferry returns - after repairs");
  }

  @Test
  void guessesAShortUnknownTailOnlyWhenAsked() {
    assertThat(cleaner.clean("Ferry returns after three months - Port News", true))
        .isEqualTo("Ferry returns after three months");
  }

  @Test
  void stripsASiteWrittenWithoutSpacesAfterChineseText() {
    TitleCleaner c = new TitleCleaner(new SiteIdentity(List.of("新华网"), "https://news.example/a"));
    assertThat(c.clean("渡轮修复后恢复运营-新华网", false)).isEqualTo("渡轮修复后恢复运营");
  }

  @Test
  void aHeadingNamedLikeTheHostIsTheSite() {
    SiteIdentity site = new SiteIdentity(List.of(), "https://krimiblog.example/archiv/1");
    assertThat(site.names("Krimiblog")).isTrue();
    assertThat(site.names("Das vermutlich beste Krimi-Video")).isFalse();
  }

  @Test
  void aTitleWithoutAnySeparatorMarkIsKeptWhole() {
    assertThat(TitleCleaner.separators("Ferry returns after three months")).isEmpty();
    assertThat(cleaner.clean("The Coastal Ledger reports ferry returns", true))
        .isEqualTo("The Coastal Ledger reports ferry returns");
    assertThat(TitleCleaner.separators("渡轮恢复运营｜港口新闻")).hasSize(1);
  }
}
