package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/**
 * A box inset in the middle of an article that opens with a line like "Keep Reading" goes alone,
 * and the article's paragraphs after it stay; the related stories after the article still go.
 */
class ArticleGoesOnTest {
  @Test
  void theArticleAfterAnInsetBoxStaysAndTheBoxGoes() {
    String text = body("inset-box-mid-article.html");
    assertThat(text)
        .startsWith("The council of Millford voted on Tuesday")
        .contains("the journey takes almost an hour in winter.")
        .contains("Not everyone is pleased.")
        .contains("Not everyone is pleased.")
        .endsWith("after a long debate about the roof.")
        .doesNotContain("Keep Reading")
        .doesNotContain("The latest on schools and housing")
        .doesNotContain("Related stories")
        .doesNotContain("New bus lanes");
  }

  @Test
  void aSitesOwnMoreStoriesLineEndsTheArticle() {
    assertThat(SectionEnd.opens("More Great Gazette Stories")).isTrue();
    assertThat(SectionEnd.opens("More BBC stories")).isTrue();
    assertThat(SectionEnd.opens("More than forty stories were told")).isFalse();
  }
}
