package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
  private final TitleChooser chooser =
      new TitleChooser(new SiteIdentity(List.of(), "https://orchards.example/harvest"));

  private String choose(String html) {
    Document doc = Jsoup.parse(html);
    String titleTag = doc.title().isEmpty() ? null : doc.title();
    return chooser.choose(List.of(), titleTag, doc.select("h1"), doc.select("h2, h3"));
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
    Document doc =
        Jsoup.parse(
            "<html><head><title>Frost spares the pear trees | Orchard Review - News Opinion"
                + "</title></head><body><h1 class=\"section\">Opinion</h1>"
                + "<h1>Frost spares the pear trees</h1><p>The pears came through.</p></body></html>");
    TitleChooser named =
        new TitleChooser(
            new SiteIdentity(
                List.of("Orchard Review - News Opinion"), "https://orchards.example/pears"));
    String title =
        named.choose(
            List.of("Frost spares the pear trees | Orchard Review - News Opinion"),
            doc.title(),
            doc.select("h1"),
            doc.select("h2, h3"));
    assertThat(title).isEqualTo("Frost spares the pear trees");
  }

  @Test
  void theMostTrustedDeclaredTitlePicksItsHeadingOverAnEarlierSectionHeading() {
    Document doc =
        Jsoup.parse(
            "<html><head><title>News - Orchard Review</title></head><body>"
                + "<h1 class=\"pagetitle\">News</h1><h1>Bees return to the walled garden</h1>"
                + "<p>The hives were restocked in March.</p></body></html>");
    String title =
        chooser.choose(
            List.of("Bees return to the walled garden"),
            doc.title(),
            doc.select("h1"),
            doc.select("h2, h3"));
    assertThat(title).isEqualTo("Bees return to the walled garden");
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
}
