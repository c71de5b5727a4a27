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
}
