package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
  /** The title chosen on the orchards site for a page that declares no title of its own. */
  private static String choose(String html) {
    return choose(html, List.of(), site());
  }

  /** The title chosen for {@code html} with the {@code declared} titles of its metadata. */
  private static String choose(String html, List<String> declared, SiteIdentity site) {
    Document doc = Jsoup.parse(html);
    String titleTag = doc.title().isEmpty() ? null : doc.title();
    return new TitleChooser(site)
        .choose(declared, titleTag, doc.select("h1"), doc.select("h2, h3"));
  }

  @Test
  void aSubheadlineUnderTheHeadlineIsNoTitle() {
    String html =
        "<html><head><title>Orchard harvest falls short</title></head><body>"
            + "<h1>Orchard harvest falls short</h1>"
            + "<h2 class=\"subheadline\">Growers blame the late frost in April.</h2>"
            + "<p>The apple harvest came in a third below last year.</p></body></html>";
    assertThat(choose(html)).isEqualTo("Orchard harvest falls short");
  }

  @Test
  void aBlogWhoseBannerIsItsTitleShowsThePostTitleInANamedHeading() {
    String html =
        "<html><head><title>Hedgerow Notes</title></head><body>"
            + "<h1>Hedgerow Notes</h1>"
            + "<h2 class=\"entry-title\">Why the quinces failed this year</h2>"
            + "<p>Three wet weeks in May did for the blossom.</p></body></html>";
    assertThat(choose(html)).isEqualTo("Why the quinces failed this year");
  }

  @Test
  void aLowerHeadingThatSaysTheTitleTagIsKeptOverALaterNamedHeading() {
    String html =
        "<html><head><title>On the trail of the cider makers</title></head><body>"
            + "<h3 class=\"text__subheadline\">On the trail of the cider makers</h3>"
            + "<p>We followed three cider makers through a season.</p>"
            + "<h2 class=\"text__headline\">Contacts</h2></body></html>";
    assertThat(choose(html)).isEqualTo("On the trail of the cider makers");
  }

  @Test
  void aSectionHeadingThatOnlyTheSiteNamePartHoldsIsNoTitle() {
    String html =
        "<html><head><title>Frost spares the pear trees | Orchard Review - News Opinion"
            + "</title></head><body><h1 class=\"section\">Opinion</h1>"
            + "<h1>Frost spares the pear trees</h1><p>The pears came through.</p></body></html>";
    SiteIdentity named =
        new SiteIdentity(
            List.of("Orchard Review - News Opinion"), "https://orchards.example/pears");
    assertThat(
            choose(
                html,
                List.of("Frost spares the pear trees | Orchard Review - News Opinion"),
                named))
        .isEqualTo("Frost spares the pear trees");
  }

  @Test
  void theMostTrustedDeclaredTitlePicksItsHeadingOverAnEarlierSectionHeading() {
    String html =
        "<html><head><title>News - Orchard Review</title></head><body>"
            + "<h1 class=\"pagetitle\">News</h1><h1>Bees return to the walled garden</h1>"
            + "<p>The hives were restocked in March.</p></body></html>";
    assertThat(choose(html, List.of("Bees return to the walled garden"), site()))
        .isEqualTo("Bees return to the walled garden");
  }

  @Test
  void aSubheadlineInsideTheH1IsLeftOut() {
    String html =
        "<html><head><title>Orchard Review</title></head><body>"
            + "<h1><span class=\"article__subheadline\">Growing season</span><br>"
            + "<span class=\"article__headline\">Why the plums ripened early</span></h1>"
            + "<p>A warm June brought the plums on.</p></body></html>";
    assertThat(choose(html)).isEqualTo("Why the plums ripened early");
  }

  @Test
  void aKickerOfItsOwnInTheH1IsLeftOutWhenTheDeclaredTitleLeavesItOut() {
    String html =
        "<html><head><title>Cider presses run day and night | Orchard Review</title></head><body>"
            + "<h1><span>Harvest rush</span> Cider presses run day and night</h1>"
            + "<p>The presses have not stopped since Monday.</p></body></html>";
    assertThat(choose(html, List.of("Cider presses run day and night"), site()))
        .isEqualTo("Cider presses run day and night");
  }

  @Test
  void aSubheadlineOfItsOwnInTheH1IsLeftOutWhenTheDeclaredTitleLeavesItOut() {
    String html =
        "<html><body><h1>Frost spares the pear trees<br><small>12.03.2024 · Growers</small></h1>"
            + "<p>The pears came through.</p></body></html>";
    assertThat(choose(html, List.of("Frost spares the pear trees"), site()))
        .isEqualTo("Frost spares the pear trees");
  }

  @Test
  void aKickerThatTheDeclaredTitleWritesAsItsFirstPartIsLeftOut() {
    String html =
        "<html><body><h1><small>Tool of the week</small><br>The folding pruning saw</h1>"
            + "<p>It fits in a coat pocket.</p></body></html>";
    assertThat(choose(html, List.of("Tool of the week | The folding pruning saw"), site()))
        .isEqualTo("The folding pruning saw");
  }

  @Test
  void anH1ThatGoesOnFromTheDeclaredTitleInOneRunIsTheTitle() {
    String html =
        "<html><body><h1>Quince jelly from the old tree: simply wonderful!</h1>"
            + "<h3 class=\"slider-title\">Quince jelly from the old tree</h3>"
            + "<p>Boil the quinces whole.</p></body></html>";
    SiteIdentity kitchen = new SiteIdentity(List.of("Jam Kitchen"), "https://jam.example/q");
    assertThat(choose(html, List.of("Quince jelly from the old tree | Jam Kitchen"), kitchen))
        .isEqualTo("Quince jelly from the old tree: simply wonderful!");
  }

  @Test
  void aLowerHeadingThatSaysTheDeclaredTitleBeatsAnH1ThatIsOnlyPartOfIt() {
    String html =
        "<html><body><h1 class=\"title\">garden diary</h1>"
            + "<h3 class=\"post-title\">Ruth's garden diary</h3><p>Week one.</p></body></html>";
    assertThat(choose(html, List.of("Ruth's garden diary"), site()))
        .isEqualTo("Ruth's garden diary");
  }

  @Test
  void theHeadingThatCoversMostOfTheTitleWinsAndWholeWordsOnly() {
    String html =
        "<html><head><title>Orchard notes » Blog Archive » Grafting apples in spring</title>"
            + "</head><body><h2>Archive</h2><h3>Radio</h3><h2>Grafting apples in spring</h2>"
            + "<p>Cut the scion in winter.</p></body></html>";
    assertThat(
            choose(
                html,
                List.of(),
                new SiteIdentity(List.of("Orchard notes"), "https://orchardradio.example/g")))
        .isEqualTo("Grafting apples in spring");
  }

  @Test
  void anH1ThatSaysTheSiteNamePartOfTheTitleIsTheBanner() {
    String html =
        "<html><head><title>Slow-roasted plums with thyme | Love goes through the stomach"
            + "</title></head><body><h1>Love goes through the stomach</h1>"
            + "<h2>Categories</h2><p>Halve the plums.</p></body></html>";
    assertThat(choose(html, List.of(), site())).isEqualTo("Slow-roasted plums with thyme");
  }

  @Test
  void theHeadlineAtTheEndOfASectionTitleIsNoBanner() {
    String html =
        "<html><head><title>ORCH - Press releases 2024 - Pear growers meet in Lyon</title>"
            + "</head><body><h1>Pear growers meet in Lyon</h1><p>They met.</p></body></html>";
    assertThat(choose(html, List.of(), site())).isEqualTo("Pear growers meet in Lyon");
  }

  @Test
  void headingsWithoutLettersHiddenHeadingsAndKickerHeadingsAreNoTitles() {
    String html =
        "<html><body><h1 class=\"title\">...</h1><h1 class=\"aural\">Ministry of Orchards</h1>"
            + "<h1 class=\"strapline\">Update</h1><h2>Plum rust spreads north</h2>"
            + "<p>Rust was found in two counties.</p></body></html>";
    assertThat(choose(html, List.of("Update: Plum rust spreads north"), site()))
        .isEqualTo("Plum rust spreads north");
  }

  @Test
  void anH1IsNotCutAtAShortTailAndSoftHyphensDoNotHideAMatch() {
    String html =
        "<html><body><h1>Mul\u00adching or dig\u00adging - which is better?</h1>"
            + "<p>Both have their friends.</p></body></html>";
    assertThat(choose(html, List.of("Mulching or digging"), site()))
        .isEqualTo("Mulching or digging - which is better?");
  }

  @Test
  void aHeadingThatTheSiteNameOnlyTouchesInTheMiddleIsNoSiteName() {
    String html =
        "<html><body><h1>Dead bumblebees under lime trees</h1><p>Hundreds lay there.</p>"
            + "</body></html>";
    assertThat(
            choose(
                html,
                List.of("Dead bumblebees under lime trees: the reason | Bumblebees"),
                new SiteIdentity(List.of("Bumblebees"), "https://bees.example/x")))
        .isEqualTo("Dead bumblebees under lime trees");
  }

  @Test
  void aHeadingThatStartsWithTheHostNameIsTheTitleWhenTheDeclaredTitleSaysIt() {
    String html =
        "<html><body><h1 class=\"title\">privacy notes</h1>"
            + "<h3 class=\"post-title\">Pearwood privacy notes</h3><p>We keep no data.</p>"
            + "</body></html>";
    SiteIdentity pearwood = new SiteIdentity(List.of(), "https://pearwood.example/p");
    assertThat(choose(html, List.of("Pearwood privacy notes"), pearwood))
        .isEqualTo("Pearwood privacy notes");
    assertThat(choose(html, List.of("A different title"), pearwood)).isEqualTo("privacy notes");
  }

  private static SiteIdentity site() {
    return new SiteIdentity(List.of(), "https://orchards.example/harvest");
  }
}
