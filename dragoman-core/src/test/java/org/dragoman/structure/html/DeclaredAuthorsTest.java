package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Authors the page declares in its metadata: the author of a forum post or a recipe in JSON-LD, the
 * site credited as its own author, a team credited where no person is named.
 */
class DeclaredAuthorsTest {
  private static HtmlMetadata parse(String url, String html) {
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  @Test
  void aForumThreadsOpeningPostNamesItsAuthorInJsonLd() {
    HtmlMetadata m =
        parse(
            "https://forum.example/threads/kater-frisst-nicht.77/",
            "<html><head><script type=\"application/ld+json\">{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"DiscussionForumPosting\",\"headline\":"
                + "\"Kater frisst nicht\",\"author\":{\"@type\":\"Person\",\"name\":\"Mausebein\"}}"
                + "</script></head><body><h1>Kater frisst nicht</h1>"
                + "<p>Seit zwei Tagen rührt er sein Futter nicht an.</p></body></html>");
    assertThat(m.authors()).containsExactly("Mausebein");
  }

  @Test
  void aRecipesAuthorCountsButNotItsReviewers() {
    HtmlMetadata m =
        parse(
            "https://kochen.example/rezepte/linsen",
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":"
                + "\"Linsensuppe\",\"author\":{\"@type\":\"Person\",\"name\":\"Topfgucker\"},"
                + "\"review\":[{\"@type\":\"Review\",\"author\":{\"@type\":\"Person\",\"name\":"
                + "\"Suppenkasper\"}}]}</script></head><body><h1>Linsensuppe</h1>"
                + "<p>Die Linsen über Nacht einweichen.</p></body></html>");
    assertThat(m.authors()).containsExactly("Topfgucker");
  }

  @Test
  void theSiteDeclaredAsAuthorIsTheAuthorWhenThePageNamesNoPerson() {
    HtmlMetadata m =
        parse(
            "https://www.hafenblatt.example/2023/fähre",
            "<html><head><meta property=\"og:site_name\" content=\"Hafenblatt\">"
                + "<meta name=\"author\" content=\"Hafenblatt\"></head><body><article>"
                + "<h1>Neue Fähre ab Mai</h1><p>Die Reederei stellt den Fahrplan um.</p>"
                + "</article></body></html>");
    assertThat(m.authors()).containsExactly("Hafenblatt");
  }

  @Test
  void aPersonInTheBylineWinsOverTheSiteDeclaredAsAuthor() {
    HtmlMetadata m =
        parse(
            "https://www.hafenblatt.example/2023/fähre",
            "<html><head><meta property=\"og:site_name\" content=\"Hafenblatt\">"
                + "<meta name=\"author\" content=\"Hafenblatt\"></head><body><article>"
                + "<h1>Neue Fähre ab Mai</h1><p class=\"byline\">Von Jorinde Maas</p>"
                + "<p>Die Reederei stellt den Fahrplan um.</p></article></body></html>");
    assertThat(m.authors()).containsExactly("Jorinde Maas");
  }

  @Test
  void aTeamCreditedAsAuthorIsKeptWhenNoPersonIsNamed() {
    HtmlMetadata m =
        parse(
            "https://tipps.example/?p=12",
            "<html><head></head><body><article><h1>Router neu starten</h1>"
                + "<span class=\"byline\">vom <span class=\"author vcard\"><a class=\"url fn n\""
                + " href=\"/?author=1\">Service Team</a></span></span>"
                + "<p>Ziehen Sie den Stecker für zehn Sekunden.</p></article></body></html>");
    assertThat(m.authors()).containsExactly("Service Team");
  }

  @Test
  void thePublicationInTheAuthorTagGivesWayToTheWritersByline() {
    HtmlMetadata m =
        parse(
            "https://www.wochenblick.example/kultur/stille",
            "<html><head><meta property=\"og:site_name\" content=\"Wochenblick\">"
                + "<meta name=\"author\" content=\"Der Wochenblick\"></head><body><article>"
                + "<h1>Die Kunst der Stille</h1><a rel=\"author\" href=\"/autor/ida-falk\">"
                + "Ida Falk</a><p>Wer schweigt, hört mehr.</p></article></body></html>");
    assertThat(m.authors()).containsExactly("Ida Falk");
  }
}
