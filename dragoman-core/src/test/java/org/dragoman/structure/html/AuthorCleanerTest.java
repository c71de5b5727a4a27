package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorCleanerTest {
  private final AuthorCleaner cleaner =
      new AuthorCleaner(new SiteIdentity(List.of("Weidenauer Bote"), "https://www.bote.example/a"));

  @Test
  void splitsSeveralAuthorsAndDropsTheByPrefix() {
    assertThat(cleaner.names("By Mara Quist and Ivo Brandt"))
        .containsExactly("Mara Quist", "Ivo Brandt");
    assertThat(cleaner.names("Von Lene Gruber und Jonas Feldmann"))
        .containsExactly("Lene Gruber", "Jonas Feldmann");
  }

  @Test
  void cutsDatesSocialLinksAndRoles() {
    assertThat(cleaner.names("Von Lene Gruber, 3. März 2021")).containsExactly("Lene Gruber");
    assertThat(cleaner.names("By Mara Quist | Twitter")).containsExactly("Mara Quist");
    assertThat(cleaner.names("Ivo Brandt, PhD")).containsExactly("Ivo Brandt");
    assertThat(cleaner.names("Posted on 28. Juli 2019 by Tom Reed")).containsExactly("Tom Reed");
    assertThat(cleaner.names("View all posts by Ana Li")).containsExactly("Ana Li");
  }

  @Test
  void keepsNobleParticlesInsideNames() {
    assertThat(cleaner.names("Alexa von Heyden")).containsExactly("Alexa von Heyden");
  }

  @Test
  void rejectsAccountsLabelsAndTheSite() {
    assertThat(cleaner.names("admin")).isEmpty();
    assertThat(cleaner.names("Veröffentlicht am")).isEmpty();
    assertThat(cleaner.names("Weidenauer Bote")).isEmpty();
    assertThat(cleaner.names("bote.example")).isEmpty();
    assertThat(cleaner.names("Redaktion")).isEmpty();
    assertThat(cleaner.names("By Staff")).isEmpty();
    assertThat(cleaner.names("https://bote.example/author/x")).isEmpty();
  }

  @Test
  void aDeskCreditIsKeptApartAsAWeakerByline() {
    assertThat(cleaner.deskCredit("Von Redaktion")).isEqualTo("Redaktion");
    assertThat(cleaner.deskCredit("admin")).isNull();
    assertThat(cleaner.deskCredit("Lene Gruber")).isNull();
  }

  @Test
  void anAgencyBesideAPersonIsDropped() {
    assertThat(cleaner.names("Von Jonas Feldmann, dpa")).containsExactly("Jonas Feldmann");
    assertThat(cleaner.names("dpa")).containsExactly("dpa");
  }

  @Test
  void dropsJointTextAndPhotoCreditsAndRejectsReadingTimesAndDescriptions() {
    assertThat(cleaner.names("Text & Fotos: Ivo Brandt")).containsExactly("Ivo Brandt");
    assertThat(cleaner.names("ca. 8 Min")).isEmpty();
    assertThat(cleaner.names("Lene Gruber, Projektleiterin der Stiftung in Tunis"))
        .containsExactly("Lene Gruber");
    assertThat(cleaner.names("Rechtsanwalt Tom Reed")).containsExactly("Tom Reed");
    assertThat(cleaner.names("reader42")).containsExactly("reader42");
  }

  @Test
  void rejectsSentencesTitlesStockAgenciesAndButtons() {
    assertThat(cleaner.names("Text: Fährplan 2024: Bilanz, Ausblick und meine Pläne")).isEmpty();
    assertThat(cleaner.names("die sich hier gern zu Wort melden wollen")).isEmpty();
    assertThat(cleaner.names("istockphoto")).isEmpty();
    assertThat(cleaner.names("Mehr")).isEmpty();
    assertThat(cleaner.names("Mara Quist and Ivo Brandt for The Courier")).contains("Mara Quist");
  }

  @Test
  void aTeamOrAReporterCreditIsADeskCredit() {
    assertThat(cleaner.names("Service Team")).isEmpty();
    assertThat(cleaner.deskCredit("Service Team")).isEqualTo("Service Team");
    assertThat(cleaner.deskCredit("Staff and news service reports"))
        .isEqualTo("Staff and news service reports");
  }

  @Test
  void theSiteCreditedAsAuthorIsKeptApart() {
    assertThat(cleaner.names("Weidenauer Bote")).isEmpty();
    assertThat(cleaner.siteCredit("Weidenauer Bote")).isEqualTo("Weidenauer Bote");
    assertThat(cleaner.siteCredit("Lene Gruber")).isNull();
    assertThat(cleaner.namesSite("Der Weidenauer Bote")).isTrue();
    assertThat(cleaner.namesSite("Lene Gruber")).isFalse();
  }

  @Test
  void anAuthorFieldAmongOtherFieldsAndARoleInParenthesesAreRead() {
    assertThat(cleaner.names("Datum: 19.11.2021\nAutor: Fritz Lang\nQuelle: Newsdienst"))
        .containsExactly("Fritz Lang");
    assertThat(cleaner.names("Redaktion: Ole Sand (Pressesprecher)")).containsExactly("Ole Sand");
    assertThat(cleaner.names("Text von Ida Brenner   Illustration von Tom Kolb"))
        .containsExactly("Ida Brenner");
  }
}
