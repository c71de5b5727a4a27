package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;
import static org.dragoman.structure.html.BodyFixtures.fixture;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The body rules, each on a tiny page of its own (src/test/resources/structure/body). */
class BodyRulesTest {
  private final HtmlStructure structure = new HtmlStructure();

  @Test
  void theLeadInTheArticleHeaderJoinsTheBody() {
    String text = body("lead-in-header.html");
    assertThat(text)
        .contains("The small cable ferry between Alder Bank")
        .contains("Engineers replaced the worn cable")
        .contains("Fares stay the same")
        .doesNotContain("By Tomas Reyes")
        .doesNotContain("Weather");
    assertThat(text.indexOf("The small cable ferry")).isLessThan(text.indexOf("Engineers"));
  }

  @Test
  void aLeadIsNotTakenTwiceWhenTheBodyRepeatsIt() {
    String html =
        "<html><body><article><header><h1>Title of the story here</h1>"
            + "<p class=\"summary\">The council met on Tuesday and agreed the budget after a long"
            + " debate.</p></header><div class=\"article-body\"><p>The council met on Tuesday and"
            + " agreed the budget after a long debate. Members argued for hours over the library,"
            + " the pool and the roads.</p><p>The vote was close, nine to eight, and the mayor"
            + " cast no vote, as the rules of the council require of her.</p></div></article>"
            + "</body></html>";
    String text =
        structure.read(Jsoup.parse(html, "https://x.example/"), "https://x.example/").body().text();
    assertThat(text.split("The council met on Tuesday", -1)).hasSize(2);
  }

  @Test
  void germanTeasersAndTheRelatedBoxStayOut() {
    String text = body("german-related-box.html");
    assertThat(text)
        .contains("Die Stadtbibliothek öffnet ab dem kommenden Monat")
        .contains("Besonders Familien hätten sich")
        .contains("Die neuen Zeiten gelten zunächst für ein Jahr")
        .doesNotContain("Lesesommer startet")
        .doesNotContain("Museumsnacht lockt")
        .doesNotContain("Das könnte Sie auch interessieren")
        .doesNotContain("Volkshochschule bietet");
  }

  @Test
  void shortBlocksRepeatedFromOneTemplateAreTeasersNotTheArticle() {
    String text = body("repeated-teasers.html");
    assertThat(text)
        .contains("The harbour council approved plans")
        .contains("Building work is due to start")
        .doesNotContain("Lifeboat crew")
        .doesNotContain("Storm, the worst in a decade");
  }

  @Test
  void theEntriesOfATickerAreTakenTogether() {
    String text = body("live-ticker.html");
    assertThat(text)
        .contains("Full time at the Meadow Ground")
        .contains("Corner for the visitors")
        .contains("The rain is getting heavier")
        .contains("An early chance for the hosts");
  }

  @Test
  void repeatedBlocksKnowTheirCommonAncestor() {
    Document doc = Jsoup.parse(fixture("live-ticker.html"));
    List<Element> entries = doc.select("div.ticker-entry");
    PageNames names = new PageNames();
    NodeStats stats = new NodeStats(doc.body(), names);
    RepeatedBlocks repeated = new RepeatedBlocks(entries);
    assertThat(repeated.whole(entries.get(1), stats, names, doc.body()))
        .isSameAs(doc.selectFirst("div.ticker"));
    assertThat(repeated.teaser(entries.get(0), stats)).isTrue();
    RepeatedBlocks two = new RepeatedBlocks(entries.subList(0, 2));
    assertThat(two.whole(entries.get(1), stats, names, doc.body())).isSameAs(entries.get(1));
    assertThat(two.teaser(entries.get(0), stats)).isFalse();
  }

  @Test
  void aContactLineInTheTailEndsTheBody() {
    String text = body("contact-tail.html");
    assertThat(text)
        .contains("Im Norden der Stadt entstehen")
        .contains("Die Kosten von rund zwei Millionen Euro")
        .doesNotContain("Kontakt")
        .doesNotContain("Pressestelle der Stadtverwaltung");
  }

  @Test
  void aSectionEndCueEarlyInTheBodyIsASubheading() {
    String text = "Contact\n\n" + "x".repeat(300) + "\n\nEnd of the story.";
    BodyText body =
        new BodyText(
            text,
            List.of(
                new Block(BlockKind.HEADING, 0, 7),
                new Block(BlockKind.PARAGRAPH, 9, 309),
                new Block(BlockKind.PARAGRAPH, 311, text.length())),
            List.of());
    assertThat(SectionEnd.cut(body)).isEqualTo(body);
  }

  @Test
  void sectionEndKeepsTheLinksBeforeTheCut() {
    String text = "y".repeat(200) + "\n\nRelated stories:\n\nAnother story";
    BodyText body =
        new BodyText(
            text,
            List.of(
                new Block(BlockKind.PARAGRAPH, 0, 200),
                new Block(BlockKind.HEADING, 202, 218),
                new Block(BlockKind.PARAGRAPH, 220, text.length())),
            List.of(new Link(0, 5, "https://a.example/"), new Link(220, 227, "https://b/")));
    BodyText cut = SectionEnd.cut(body);
    assertThat(cut.text()).isEqualTo("y".repeat(200));
    assertThat(cut.blocks()).hasSize(1);
    assertThat(cut.links()).containsExactly(new Link(0, 5, "https://a.example/"));
  }

  @Test
  void aPageOfSmallBoxesKeepsAllOfThem() {
    String text = body("product-boxes.html");
    assertThat(text)
        .contains("Ein milder Hochlandkaffee")
        .contains("Die Bohnen werden gewaschen")
        .contains("Am besten schmeckt er")
        .contains("Unsere Kooperative zahlt");
  }

  @Test
  void aParagraphThatIsOnlyALinkIsATeaser() {
    assertThat(LinkTeaser.is(BlockKind.PARAGRAPH, "Museumsnacht lockt tausende Besucher", 36))
        .isTrue();
    assertThat(LinkTeaser.is(BlockKind.PARAGRAPH, "Lesen Sie auch: Lesesommer startet", 19))
        .isFalse();
    assertThat(LinkTeaser.is(BlockKind.LIST_ITEM, "Museumsnacht lockt tausende Besucher", 36))
        .isFalse();
    assertThat(LinkTeaser.is(BlockKind.PARAGRAPH, "https://www.example.org/petition", 32))
        .isFalse();
  }

  @Test
  void furnitureCuesSpeakSeveralLanguages() {
    assertThat(BoilerplateText.furniture("Lea también: Otro artículo del día")).isTrue();
    assertThat(BoilerplateText.furniture("VEA TAMBIÉN: Otro artículo")).isTrue();
    assertThat(BoilerplateText.furniture("Das Thema könnte dich auch interessieren:")).isTrue();
    assertThat(BoilerplateText.furniture("Diesen Artikel teilen")).isTrue();
    assertThat(BoilerplateText.furniture("- Anzeige -")).isTrue();
    assertThat(BoilerplateText.furniture("Related Coverage")).isTrue();
    assertThat(BoilerplateText.furniture("Leaders met in Brussels on Monday.")).isFalse();
    assertThat(BoilerplateText.furniture("Miranda sagte, sie werde bleiben.")).isFalse();
  }

  @Test
  void authorCardsAndDisclosuresAfterTheArticleStayOut() {
    String html =
        "<html><body><article><div class=\"entry-content\"><p>The harbour festival drew more"
            + " visitors than ever this year, the organisers said on Sunday evening.</p><p>Boat"
            + " tours sold out by noon, and the fish market stayed open until late.</p>"
            + "<div class=\"editorial-disclosure\"><p>We may earn a commission when you buy"
            + " through links on this page, at no cost to you.</p></div></div>"
            + "<div class=\"author-card\"><p>Lena Hart writes about the coast, its towns and"
            + " its boats, and lives above a bakery by the quay.</p></div></article></body></html>";
    String text =
        structure.read(Jsoup.parse(html, "https://x.example/"), "https://x.example/").body().text();
    assertThat(text)
        .contains("The harbour festival drew")
        .doesNotContain("commission")
        .doesNotContain("Lena Hart");
  }
}
