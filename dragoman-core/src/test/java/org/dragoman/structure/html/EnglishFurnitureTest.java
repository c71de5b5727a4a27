package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/**
 * The short lines of English news pages that are furniture by their words (reading time, counters,
 * share prompts, calls to subscribe) and the box a "recommends" line opens go; the story stays, and
 * a related story's headline left at the end with nothing under it goes too.
 */
class EnglishFurnitureTest {
  @Test
  void readingTimeCountersPromptsAndARecommendsBoxGo() {
    String text = body("english-furniture-lines.html");
    assertThat(text)
        .startsWith("Millford opened its new library on Saturday")
        .contains("“People told us nobody reads any more,”")
        .contains("host a reading hour for children")
        .endsWith("with the brass scales still standing on it.")
        .doesNotContain("5 min read")
        .doesNotContain("Supported by")
        .doesNotContain("Listen to this article")
        .doesNotContain("Views:")
        .doesNotContain("Social Share")
        .doesNotContain("Story continues below")
        .doesNotContain("WATCH:")
        .doesNotContain("daily newsletter")
        .doesNotContain("Click here to subscribe")
        .doesNotContain("Spread the word")
        .doesNotContain("You can contact")
        .doesNotContain("Harbour council backs a night ferry")
        .doesNotContain("recommends")
        .doesNotContain("Market hall gets a new roof")
        .doesNotContain("Permalink");
  }

  @Test
  void aBodyEndingInHeadingsLosesThemAndABodyThatIsOneHeadingStays() {
    BodyText start = BodyFixtures.paragraphs(BodyText.EMPTY, "The story.");
    java.util.List<org.dragoman.model.Block> blocks = new java.util.ArrayList<>(start.blocks());
    String text = start.text() + "\n\nA headline";
    blocks.add(
        new org.dragoman.model.Block(
            org.dragoman.model.BlockKind.HEADING, text.length() - 10, text.length()));
    BodyText withHeading = new BodyText(text, blocks, java.util.List.of());
    assertThat(TrailingHeadings.drop(withHeading).text()).isEqualTo("The story.");
    BodyText lone =
        new BodyText(
            "A headline",
            java.util.List.of(
                new org.dragoman.model.Block(org.dragoman.model.BlockKind.HEADING, 0, 10)),
            java.util.List.of());
    assertThat(TrailingHeadings.drop(lone).text()).isEqualTo("A headline");
  }

  @Test
  void membershipCallsNewsletterPromptsAndCopyrightNoticesAreFurniture() {
    assertThat(BoilerplateText.cued("Then sign up for our weekly letter to get the news first."))
        .isTrue();
    assertThat(BoilerplateText.cued("Join now or renew to get: unlimited stories")).isTrue();
    assertThat(BoilerplateText.cued("Become a member and keep local reporting alive.")).isTrue();
    assertThat(
            BoilerplateText.cued(
                "This document is subject to copyright. No part may be reproduced."))
        .isTrue();
    assertThat(BoilerplateText.cued("Joining the council was her first step.")).isFalse();
    assertThat(BoilerplateText.cued("Then the council signed up for the scheme.")).isFalse();
  }

  @Test
  void aTeaserLineForAnotherStoryAfterABarIsFurnitureInAnyOfTheNewsLanguages() {
    assertThat(BoilerplateText.furniture("MIRA | El puerto cierra de noche por obras")).isTrue();
    assertThat(BoilerplateText.furniture("LEE MÁS | El alcalde presenta el presupuesto")).isTrue();
    assertThat(BoilerplateText.furniture("READ MORE | The harbour closes at night")).isTrue();
    assertThat(BoilerplateText.furniture("Mira el puerto desde la colina al atardecer.")).isFalse();
  }
}
