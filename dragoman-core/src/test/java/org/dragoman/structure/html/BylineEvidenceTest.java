package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Bylines on small original pages: a label in its own element, a site credit before the writer's
 * line, an organization credited where a person is named too.
 */
class BylineEvidenceTest {
  private static HtmlMetadata read(String name, String url) throws IOException {
    try (InputStream in =
        BylineEvidenceTest.class.getResourceAsStream("/structure/metadata/" + name)) {
      Document doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
      return new MetadataExtractor().extract(doc, url, new PageNames());
    }
  }

  private static HtmlMetadata parse(String html) {
    String url = "https://example.org/news/1";
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames());
  }

  @Test
  void aLabelInItsOwnElementIsFollowedByTheNameAndThePublisherCompanyIsNoAuthor()
      throws IOException {
    HtmlMetadata m = read("labelled-byline.html", "https://bote.example/lokales/faehre");
    assertThat(m.authors()).containsExactly("Henrik Solberg");
  }

  @Test
  void aBylineCreditingTheSiteGivesWayToTheWritersLineAndAJsonLdOrganizationToo()
      throws IOException {
    HtmlMetadata m = read("site-byline-then-writer.html", "https://tidewater.example/reeds");
    assertThat(m.authors()).containsExactly("Mira Okafor");
  }

  @Test
  void anOrganizationIsTheAuthorOnlyWhenThePageNamesNoPerson() {
    HtmlMetadata m =
        parse(
            "<html><head><meta name=\"author\" content=\"Kanzlei Brenner &amp; Vogt GmbH\">"
                + "</head><body><article><h1>Mietrecht kurz erklärt</h1>"
                + "<p>Ein Überblick über Fristen.</p></article></body></html>");
    assertThat(m.authors()).containsExactly("Kanzlei Brenner & Vogt GmbH");
  }

  @Test
  void aLabelOnAHeadingTakesTheParagraphAfterIt() {
    HtmlMetadata m =
        parse(
            "<html><body><article><h1>Wohnen im Quartier</h1><div class=\"meta\">"
                + "<h4 class=\"meta-title\">Autorin</h4><p class=\"meta-text\">"
                + "<a href=\"/profil/paula-brenner\">Paula Brenner</a></p></div>"
                + "<p>Wie sich ein Viertel verändert, wenn die Mieten steigen.</p>"
                + "</article></body></html>");
    assertThat(m.authors()).containsExactly("Paula Brenner");
  }

  @Test
  void organizationNamesAreTypedLegalOrWebOrTheDeclaredPublisher() {
    OrganizationNames orgs =
        new OrganizationNames(Set.of("Tidewater Conservancy"), List.of("© 2022 Auto Revue"));
    assertThat(orgs.organization("Tidewater Conservancy", "Tidewater Conservancy")).isTrue();
    assertThat(orgs.organization("Nordlicht e.V.", "Nordlicht e.V.")).isTrue();
    assertThat(orgs.organization("x", "Deutsche Welle (www.dw.com)")).isTrue();
    assertThat(orgs.organization("Auto Revue", "Auto Revue")).isTrue();
    assertThat(orgs.organization("Mira Okafor", "Mira Okafor")).isFalse();
    assertThat(orgs.organization("Von Mira Okafor, mira@mail.de", "Mira Okafor")).isFalse();
  }
}
