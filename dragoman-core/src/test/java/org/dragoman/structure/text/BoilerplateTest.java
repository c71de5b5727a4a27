package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  private final Boilerplate boilerplate = new Boilerplate();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Subscribe to receive updates from Steppe Notes",
        "Sign up for our weekly newsletter",
        "Share this: Tweet · Facebook · Email",
        "Share this article",
        "Tweet",
        "For information on reproducing this article, see our Terms of Use",
        "© 2011 Steppe Notes. All rights reserved.",
        "We use cookies to improve your experience. Accept",
        "Home » Analysis » Caspian",
        "News / Europe / Russia",
        "« Previous post",
        "Next post:",
        "Related posts",
        "You may also like",
        "Leave a comment",
        "3 Comments",
        "Comments",
        "12 responses to “Pipeline Politics”",
        "This post was written by...",
        "– author of 312 posts on Steppe Notes.",
        "About the author",
        "Tags: gas, Caspian, transit",
        "Reply"
      })
  void recognizesFurniture(String line) {
    assertThat(boilerplate.isBoilerplate(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ministers shared a cautious view of the talks.",
        "Copyright law in the region has changed little since independence, the report says, and "
            + "courts rarely enforce it.",
        "Email traffic between the ministries, he said, had doubled.",
        "The next round of talks will be held in Baku.",
        "Comments by the minister were later withdrawn."
      })
  void keepsArticleText(String line) {
    assertThat(boilerplate.isBoilerplate(line)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Related posts; true",
        "About the author; true",
        "Share this; false",
        "Tweet; false"
      })
  void tellsWhatEndsTheArticle(String line, boolean ends) {
    assertThat(boilerplate.endsArticle(line)).isEqualTo(ends);
  }
}
