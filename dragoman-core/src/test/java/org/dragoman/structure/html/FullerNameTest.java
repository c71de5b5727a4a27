package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A first name or a login credited as author, and the full name the page gives elsewhere. */
class FullerNameTest {
  @Test
  void firstNamesAndLoginsAreThinCredits() {
    assertThat(FullerName.thin("Nils")).isTrue();
    assertThat(FullerName.thin("robert.stitz")).isTrue();
    assertThat(FullerName.thin("Nils Pickert")).isFalse();
  }

  @Test
  void aFullNameSpellsOutTheThinCredit() {
    assertThat(FullerName.fuller("edilson.la.rosa", "Edilson La Rosa")).isTrue();
    assertThat(FullerName.fuller("arianschlichenmayer", "Arian Schlichenmayer")).isTrue();
    assertThat(FullerName.fuller("christian.stadtfeld", "Christian P. Stadtfeld")).isTrue();
    assertThat(FullerName.fuller("Nils", "Nils Pickert")).isTrue();
    assertThat(FullerName.fuller("Nils", "Nils →")).isFalse();
    assertThat(FullerName.fuller("Nils", "Ina Pickert")).isFalse();
  }

  @Test
  void anAuthorBoxGivesTheSurnameOfAFirstNameByline() {
    assertThat(
            authors(
                "<html><head><meta name=\"author\" content=\"Jonte\"></head><body><article>"
                    + "<h1>Röcke für alle</h1><p>Warum nicht?</p><div class=\"author-box\">"
                    + "<div class=\"author-title\"><a href=\"/author/jonte/\">Jonte</a></div>"
                    + "<p class=\"bio\">Jonte Vierbaum ist freier Autor in Kiel.</p></div>"
                    + "</article></body></html>",
                "https://blog.example/2023/rock"))
        .containsExactly("Jonte Vierbaum");
  }

  @Test
  void aGreetingInTheNextLineIsNoSurname() {
    assertThat(
            authors(
                "<html><head><meta name=\"author\" content=\"Kathrin\"></head><body><article>"
                    + "<h1>Zitronenkuchen</h1><p>Saftig.</p><div class=\"author-box\">"
                    + "<span class=\"author-name\">Kathrin</span><br>Hallo und willkommen!"
                    + "</div></article></body></html>",
                "https://blog.example/2023/kuchen"))
        .containsExactly("Kathrin");
  }

  /** The byline authors the metadata finds on the page at {@code url}. */
  private static List<String> authors(String html, String url) {
    return new MetadataExtractor().extract(Jsoup.parse(html, url), url, new PageNames()).authors();
  }
}
