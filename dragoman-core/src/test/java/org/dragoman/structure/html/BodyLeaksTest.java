package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What must not leak into an article's body from inside its container (captions, credits, paywall
 * and subscription notes, disclaimers, related lists, filing lines, the repeated headline) and what
 * must not be dropped from it, each on a small page of its own (src/test/resources/structure/body).
 */
class BodyLeaksTest {
  private final HtmlStructure structure = new HtmlStructure();

  @Test
  void captionsCreditsPaywallNotesAndDisclaimersStayOut() {
    String text = body("leaks-in-article.html");
    assertThat(text)
        .contains("The cable ferry between Alder Bank and Millford")
        .contains("Ridership had fallen sharply")
        .contains("“We kept the timetable the passengers asked for,”")
        .contains("Fares stay the same for the rest of the year")
        .doesNotContain("The ferry leaves Alder Bank at dawn")
        .doesNotContain("Credit:")
        .doesNotContain("© Valley Photo Agency")
        .doesNotContain("please subscribe")
        .doesNotContain("already a subscriber")
        .doesNotContain("The views expressed");
  }

  @Test
  void theHeadlineIsNotRepeatedAtTheStartOfTheBody() {
    String text = body("leaks-in-article.html");
    assertThat(text).startsWith("The cable ferry between Alder Bank");
    assertThat(text).doesNotContain("River ferry returns after a winter of repairs");
  }

  @Test
  void theHeadlineGoesWhenTheOgTitleSaysItThoughThePageTitleIsWordedOtherwise() {
    String text = body("headline-declared-by-og-title.html");
    assertThat(text).startsWith("The old harbour pier in Alder Bank will close");
    assertThat(text).contains("Who pays");
  }

  @Test
  void aLooselyNamedBoxWithARealParagraphStaysAndASurelyNamedListGoes() {
    String text = body("loosely-named-box.html");
    assertThat(text)
        .contains("Die neue Fußgängerbrücke über die Ilm")
        .contains("Gebaut wurde die Brücke in nur acht Monaten")
        .contains("Die Stadt rechnet mit täglich rund dreitausend Menschen")
        .doesNotContain("Bahnhofsvorplatz wird im Herbst umgestaltet")
        .doesNotContain("Radweg an der Ilm")
        .doesNotContain("Der Beitrag wurde am Mittwoch");
  }

  @Test
  void longerCuesCountOnlyInTheTailOfTheBody() {
    String cue =
        "Der Beitrag wurde am Montag im Stadtrat besprochen, und die Mehrheit der Fraktionen"
            + " stimmte am Ende für den Vorschlag der Verwaltung, den Markt auf den Sonntag zu"
            + " verlegen, weil die Händler das seit Jahren wünschen.";
    StringBuilder html = new StringBuilder("<html><body><article><div class=\"article-body\">");
    html.append("<p>").append(cue).append("</p>");
    for (int i = 0; i < 6; i++) {
      html.append("<p>Paragraph ")
          .append(i)
          .append(" of the story tells, at some length and with commas, how the market moved,")
          .append(" who argued for it, and what the traders said when they heard the news.</p>");
    }
    html.append("</div></article></body></html>");
    String text =
        structure
            .read(Jsoup.parse(html.toString(), "https://x.example/"), "https://x.example/")
            .body()
            .text();
    assertThat(text).contains("Der Beitrag wurde am Montag im Stadtrat besprochen");
  }

  @Test
  void cuesAndCreditsAreRecognizedByTheirWords() {
    assertThat(BoilerplateText.furniture("(Credit: Jane Roe / Example Agency)")).isTrue();
    assertThat(BoilerplateText.furniture("Crédits photos : Agence Exemple")).isTrue();
    assertThat(BoilerplateText.furniture("Abbildung 4: Die Schichten im Profil.")).isTrue();
    assertThat(BoilerplateText.furniture("A quiet street at noon. © Example Agency")).isTrue();
    assertThat(BoilerplateText.furniture("Alle Angaben ohne Gewähr")).isTrue();
    assertThat(BoilerplateText.furniture("Publiziert: 03.04.2020, 12:35")).isTrue();
    assertThat(BoilerplateText.furniture("Wie bewerten Sie diesen Artikel?")).isTrue();
    assertThat(BoilerplateText.furniture("Video verfügbar bis 28.02.2031")).isTrue();
    assertThat(BoilerplateText.furniture("Vergrößern Die Fähre am Anleger im Morgenlicht."))
        .isTrue();
    assertThat(BoilerplateText.furniture("Enlarge this image The ferry at dawn.")).isTrue();
    assertThat(BoilerplateText.furniture("The council met on Tuesday to agree the budget."))
        .isFalse();
    assertThat(BoilerplateText.furniture("Credits for the new school were approved on Monday."))
        .isFalse();
  }

  @Test
  void aSectionWhoseSentencesLinkToSourcesAndATableWithLinkedCellsStay() {
    String text = body("linked-prose-and-tables.html");
    assertThat(text)
        .contains("Three harbour towns on the north coast")
        .contains("shows that the surge reached its highest level since the records began")
        .contains("In the third town, the old sea wall gave way")
        .contains("Saltmarsh\n\n64\n\n2.3 million")
        .contains("Residents who need help with cleaning");
  }

  @Test
  void tailBoxesOpenWithTheirOwnLines() {
    assertThat(SectionEnd.opens("Autor:innen")).isTrue();
    assertThat(SectionEnd.opens("Die Autorin")).isTrue();
    assertThat(SectionEnd.opens("Von:")).isTrue();
    assertThat(SectionEnd.opens("Diese Artikel könnten dich ebenfalls interessieren:")).isTrue();
    assertThat(SectionEnd.opens("Auch auf beispielblatt.de")).isTrue();
    assertThat(SectionEnd.opens("Also on Example News")).isTrue();
    assertThat(SectionEnd.opens("While you are here…")).isTrue();
    assertThat(SectionEnd.opens("Fragen? Dann kontaktiere uns einfach!")).isTrue();
    assertThat(SectionEnd.opens("Von der Quelle bis zur Mündung")).isFalse();
    assertThat(SectionEnd.opens("By the river")).isFalse();
    assertThat(SectionEnd.opens("Die Autorin des Gutachtens widerspricht")).isFalse();
  }

  @Test
  void citationAffiliateAndPagingLinesAreFurniture() {
    assertThat(BoilerplateText.furniture("Suggested citation: Roe, Jane: Floods, Example Blog"))
        .isTrue();
    assertThat(BoilerplateText.furniture("Diese Folge zitieren: Podcast Beispiel, 12.03.2021"))
        .isTrue();
    assertThat(
            BoilerplateText.furniture(
                "Die mit Sternchen markierten Links sind Affiliate-Links: kauft ihr darüber ein,"
                    + " erhalten wir eine Provision."))
        .isTrue();
    assertThat(
            BoilerplateText.furniture("Es werden die Artikel 1 bis 10 von insgesamt 37 angezeigt"))
        .isTrue();
    assertThat(BoilerplateText.furniture("Watch video 02:17")).isTrue();
    assertThat(BoilerplateText.furniture("mehr »")).isTrue();
    assertThat(BoilerplateText.furniture("More than 300 homes were flooded.")).isFalse();
    assertThat(BoilerplateText.furniture("Corrections officers walked out on Monday.")).isFalse();
  }

  @Test
  void summariesEndingInAReadMoreLinkGoAndTheStoryStays() {
    String text = body("read-more-teasers.html");
    assertThat(text)
        .contains("The old harbour crane at Saltmarsh")
        .contains("The port expects the crane to work until at least 2035")
        .doesNotContain("Ferry timetable changes")
        .doesNotContain("Fishing quota talks");
  }

  @Test
  void aListOfSummariesEndingInReadMoreLinksStaysWhole() {
    StringBuilder html = new StringBuilder("<html><body><main>");
    for (int i = 0; i < 4; i++) {
      html.append("<div class=\"post\"><p>Post ")
          .append(i)
          .append(" of the blog tells, in a few sentences and with commas, what the walk was like,")
          .append(" who came along, and where we ate. <a href=\"https://blog.example/p")
          .append(i)
          .append("\">Weiterlesen</a></p></div>");
    }
    html.append("</main></body></html>");
    String text =
        structure
            .read(Jsoup.parse(html.toString(), "https://blog.example/"), "https://blog.example/")
            .body()
            .text();
    assertThat(text).contains("Post 0 of the blog").contains("Post 3 of the blog");
  }

  @Test
  void longDisclaimersDisclosuresAndConsentPlaceholdersAreFurniture() {
    String filler =
        " The text goes on for a while about how the site works, who pays for it, what the"
            + " editors decide and what the partners never see before a story is published.";
    assertThat(BoilerplateText.furniture("Disclaimer (varies by section): Stories here." + filler))
        .isTrue();
    assertThat(
            BoilerplateText.furniture(
                "Note: The advertising disclaimer below does not apply to this story." + filler))
        .isTrue();
    assertThat(
            BoilerplateText.furniture(
                "Wir respektieren deine Privatsphäre und laden den Beitrag erst auf Klick."
                    + filler))
        .isTrue();
    assertThat(
            BoilerplateText.furniture(
                "The disclaimer on the contract was ignored by both sides, the court heard."
                    + filler))
        .isFalse();
    assertThat(BoilerplateText.furniture(("Disclaimer: " + filler).repeat(4))).isFalse();
  }

  @Test
  void aClosingNoteAboutTheBylineAuthorGoesAndOneAboutAQuotedPersonStays() {
    String text = body("author-bio-at-end.html");
    assertThat(text)
        .contains("The night buses between Millford")
        .contains("Tom Ashby is a retired driver")
        .doesNotContain("Jane Roe is a reporter");
    assertThat(AuthorBio.aboutAuthor("Dr. Jane Roe ist Ärztin in Köln.", List.of("Jane Roe")))
        .isTrue();
    assertThat(AuthorBio.aboutAuthor("Jane Roe said the buses were late.", List.of("Jane Roe")))
        .isFalse();
  }

  @Test
  void cuesThatOpenWithAWordStillFindTheirLines() {
    assertThat(
            BoilerplateText.furniture(
                "(*) Alle mit einem Stern gekennzeichneten Links sind Affiliate-Links."))
        .isTrue();
    assertThat(BoilerplateText.furniture("This post contains affiliate links.")).isTrue();
    assertThat(
            BoilerplateText.furniture(
                "Example Times is not responsible for the opinions of its contributors."))
        .isTrue();
    assertThat(BoilerplateText.furniture("Hier den Bericht als PDF herunterladen")).isTrue();
    assertThat(SectionEnd.opens("Auch diese Themen könnten Sie interessieren:")).isTrue();
    assertThat(
            BoilerplateText.furniture(
                "The mayor said the council is not responsible for the flooding."))
        .isFalse();
    assertThat(BoilerplateText.furniture("The shop sells links of sausage.")).isFalse();
  }

  @Test
  void aHeadingThatIsOnlyALinkToAnotherStoryGoesAndASubheadingStays() {
    String text = body("linked-teaser-heading.html");
    assertThat(text)
        .contains("A room for the history society")
        .contains("readings for children every Sunday")
        .doesNotContain("Swimming pool to close for the summer");
  }
}
