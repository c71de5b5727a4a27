package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteIdentityTest {
  @Test
  void squashKeepsLowerCaseLettersAndDigitsOnly() {
    assertThat(SiteIdentity.squash("Krimiblog-Archiv 2024!")).isEqualTo("krimiblogarchiv2024");
    assertThat(SiteIdentity.squash("Zeit \uD835\uDC00 Online")).isEqualTo("zeit\uD835\uDC00online");
    assertThat(SiteIdentity.squash(" - ")).isEmpty();
  }

  @Test
  void aShortTextHoldingTheSiteNameNamesTheSite() {
    SiteIdentity site = new SiteIdentity(List.of("Krimiblog"), "https://www.krimiblog.de/x");
    assertThat(site.names("Krimiblog Archiv")).isTrue();
    assertThat(site.names("krimiblog.de")).isTrue();
    assertThat(site.names("A long headline that mentions Krimiblog in passing")).isFalse();
    assertThat(site.names("Police find the stolen car")).isFalse();
  }

  @Test
  void aHostLabelNamesTheSiteOnlyInAShortText() {
    SiteIdentity site = new SiteIdentity(List.of(), "https://blog.schleifenwerk.de/2010/10/x");
    assertThat(site.names("Schleifenwerk Archiv")).isTrue();
    assertThat(site.names("Bilder, News und Geschichten vom Schleifenwerk")).isFalse();
  }

  @Test
  void aSiteNameCountsOnlyAtEitherEndOfAShortText() {
    SiteIdentity site = new SiteIdentity(List.of("Bumblebees"), "https://x.example/a");
    assertThat(site.names("Bumblebees Archive")).isTrue();
    assertThat(site.names("Dead bumblebees under lime")).isFalse();
  }

  @Test
  void anArchivedPageIsKnownByTheAddressItKeeps() {
    assertThat(
            SiteIdentity.archivedPage(
                "https://web.archive.org/web/20160330101229/http://muffins.example/basic"))
        .isEqualTo("http://muffins.example/basic");
    assertThat(SiteIdentity.archivedPage("https://web.archive.org/web/2016/muffins.example/b"))
        .isEqualTo("http://muffins.example/b");
    assertThat(SiteIdentity.archivedPage("https://muffins.example/b"))
        .isEqualTo("https://muffins.example/b");
    SiteIdentity site =
        new SiteIdentity(
            List.of(),
            SiteIdentity.archivedPage("https://web.archive.org/web/1/http://muffins.example/"));
    assertThat(site.names("Muffins")).isTrue();
  }

  @Test
  void wordsCountsAsSplittingAtWhiteSpaceDoes() {
    java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
    for (String text :
        List.of(
            "",
            "   ",
            "Muffins",
            "  Muffins  Blog ",
            "Muffins\t\n Blog - Archiv",
            "Muffins\u00a0Blog",
            "\u2003Muffins Blog\u2003",
            "a b c d e")) {
      assertThat(SiteIdentity.words(text)).as(text).isEqualTo(spaces.split(text.strip()).length);
    }
  }
}
