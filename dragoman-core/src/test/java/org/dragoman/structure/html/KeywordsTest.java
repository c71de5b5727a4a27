package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {
  private final Keywords keywords = new Keywords("share <nav", "=comments <tag>", "comment}");

  @Test
  void wordsMatchAnywhereUnlessMarked() {
    assertThat(keywords.match("social-share-bar")).isEqualTo(1);
    assertThat(keywords.match("navbar")).isEqualTo(1);
    assertThat(keywords.match("subnav")).isZero();
  }

  @Test
  void anExactWordMatchesOnlyTheWholeName() {
    assertThat(keywords.match("comments")).isEqualTo(2);
    assertThat(keywords.match("comments-area")).isZero();
    assertThat(keywords.match("no-comments")).isZero();
    assertThat(keywords.match("tag")).isEqualTo(2);
  }

  @Test
  void aWordMayNeedNeitherLetterNorHyphenAfterIt() {
    assertThat(keywords.match("comment")).isEqualTo(4);
    assertThat(keywords.match("comment_1")).isEqualTo(4);
    assertThat(keywords.match("comment-body")).isZero();
  }
}
