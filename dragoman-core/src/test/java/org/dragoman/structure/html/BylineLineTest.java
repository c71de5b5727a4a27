package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Bylines written as a line of page text: "By Ana Li", "Von Ana Li", and prose that only looks so.
 */
class BylineLineTest {
  private static String find(String bodyHtml) {
    return BylineLine.find(
        Jsoup.parse("<html><body>" + bodyHtml + "</body></html>").body(), new PageNames());
  }

  @Test
  void aBylineInNestedInlineMarkupAfterDashesIsFound() {
    assertThat(
            find(
                "<h1>Tidal power</h1><div>  <span><strong><em>---- by Rosa Venn</em></strong>"
                    + "</span></div><div>Tidal power has a long history.</div>"))
        .isEqualTo("by Rosa Venn");
  }

  @Test
  void aBylineAfterAnIconIsFound() {
    assertThat(
            find(
                "<ul><li><i class=\"icon-user\"></i> <span> von Jana Roth </span></li></ul>"
                    + "<p>Wärmepumpen im Altbau lohnen sich oft.</p>"))
        .isEqualTo("von Jana Roth");
  }

  @Test
  void aBareByLabelTakesTheNameAfterIt() {
    assertThat(
            find(
                "<div><span class=\"kicker\">Trending</span> <span class=\"sr-only\">| By </span>"
                    + " <span>Cara Lind</span> | <time>April 3, 2020</time></div>"))
        .startsWith("By Cara Lind");
  }

  @Test
  void vonFollowedByNounsOrARunningSentenceIsNoByline() {
    assertThat(find("<p>Musik rund um die Uhr<br> von Künstlern, Bands, DJs,<br> gemafrei.</p>"))
        .isNull();
    assertThat(find("<p>von Bäumen durch Dritte wird abgeraten.</p>")).isNull();
    assertThat(find("<p>Mehr auf der <a href=\"/x\">Homepage</a> von Nordlicht Taschen.</p>"))
        .isNull();
  }

  @Test
  void aShortByLineWithADateAfterTheNameIsFound() {
    assertThat(find("<p class=\"meta\">Von R. R. am <a href=\"/2013/08/07/\">07.08.2013</a></p>"))
        .startsWith("Von R. R. am");
  }

  @Test
  void aDateAndANameAloneOnALineAreAByline() {
    assertThat(find("<h1>Schleifen erklärt</h1><p class=\"muted\">11.12.2019 - Lotta Berndt</p>"))
        .isEqualTo("Lotta Berndt");
    assertThat(find("<small>04.02.2022 | 13:10 Uhr | Jonas Wendt</small><h1>Stellungnahme</h1>"))
        .isEqualTo("Jonas Wendt");
  }

  @Test
  void aListOfDatedEventsIsNoByline() {
    assertThat(
            find(
                "<p>16.11.2022 - Blaue Stunde</p><p>17.11.2022 - Grelle Lichter</p>"
                    + "<p>18.11.2022 - Stille Wasser</p>"))
        .isNull();
  }

  @Test
  void aLayoutNamedAfterItsSidebarAndAnEditorsLabelAreReadThrough() {
    assertThat(
            find(
                "<div class=\"layoutTwoColumnsRightSidebar\"><h3>Kunst und Essen</h3>"
                    + "<p><em>Text von Ida Brenner &nbsp; Illustration von Tom Kolb</em></p></div>"))
        .startsWith("Text von Ida Brenner");
    assertThat(
            find(
                "<div class=\"news-timedata\">05.02.2020 <span>-&nbsp;Redaktion: Ole Sand"
                    + " (Pressesprecher)</span></div>"))
        .isEqualTo("Redaktion: Ole Sand (Pressesprecher)");
  }

  @Test
  void everyLabelOpensABylineInEitherCase() {
    for (String line :
        java.util.List.of(
            "By Rosa Venn",
            "VON Rosa Venn",
            "Par Rosa Venn",
            "por Rosa Venn",
            "Door Rosa Venn",
            "Text: Rosa Venn",
            "AUTORIN: Rosa Venn",
            "Authors: Rosa Venn",
            "Auteur : Rosa Venn",
            "Written by Rosa Venn",
            "Geschrieben von Rosa Venn",
            "Verfasst von Rosa Venn",
            "Verfasserin: Rosa Venn",
            "Redaktion: Rosa Venn")) {
      assertThat(find("<div><p>" + line + "</p><p>Tidal power has a long history.</p></div>"))
          .as(line)
          .isEqualTo(line);
    }
    assertThat(find("<div><p>Bei Rosa Venn</p><p>Tidal power has a long history.</p></div>"))
        .isNull();
  }
}
