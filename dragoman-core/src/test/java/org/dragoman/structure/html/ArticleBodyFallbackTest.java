package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import java.util.List;
import org.dragoman.model.Block;
import org.junit.jupiter.api.Test;

class ArticleBodyFallbackTest {
  private static final String ARTICLE =
      String.join(
          "\n",
          List.of(
              "The county library will open on Sundays from next month, the board said.",
              "A legacy left by a retired schoolteacher will pay for two extra librarians.",
              "Two members of the board voted against the plan and asked for a new roof."));

  /** The article said eight times over, as paragraphs: 8 x 42 words. */
  private static final String LONG = (ARTICLE + "\n").repeat(8).strip();

  private static BodyText bodyOf(String... paragraphs) {
    return BodyFixtures.paragraphs(BodyText.EMPTY, paragraphs);
  }

  @Test
  void aPageThatRendersItsArticleWithScriptsGetsTheJsonLdText() {
    String text = body("body-only-in-json-ld.html");
    assertThat(text).contains("The county library in Alder Bank will open on Sundays");
    assertThat(text).contains("with proceeds going to the children's reading club.");
    assertThat(text.split("\n\n")).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void aCaptionTheArticleBodyDoesNotHoldIsKeptBeforeIt() {
    BodyText caption = bodyOf("The reading room on a weekday afternoon. Photo: Courier");
    BodyText out = ArticleBodyFallback.apply(caption, LONG);
    assertThat(out.text())
        .startsWith("The reading room on a weekday afternoon. Photo: Courier\n\n");
    assertThat(out.text()).endsWith("asked for a new roof.");
    assertThat(out.blocks()).hasSize(1 + 24);
    Block last = out.blocks().get(24);
    assertThat(out.text().substring(last.start(), last.end()))
        .isEqualTo("Two members of the board voted against the plan and asked for a new roof.");
  }

  @Test
  void aBodyThatIsAPartOfTheArticleGivesWayToIt() {
    BodyText first =
        bodyOf("The county library will open on Sundays from next month, the board said.");
    BodyText out = ArticleBodyFallback.apply(first, LONG);
    assertThat(out.text()).startsWith("The county library will open on Sundays");
    assertThat(out.blocks()).hasSize(24);
  }

  @Test
  void aBodyOfAnotherTextIsFollowedByTheArticle() {
    BodyText comments =
        bodyOf(
            ("Reader comment: I have waited years for this and will be there on the first day. ")
                .repeat(40));
    BodyText out = ArticleBodyFallback.apply(comments, LONG);
    assertThat(out.text()).startsWith("Reader comment:").endsWith("asked for a new roof.");
  }

  @Test
  void aBodyHoldingATruncatedArticleBodyChangesNothing() {
    BodyText full = bodyOf(LONG, "A closing paragraph that the articleBody does not have at all.");
    assertThat(ArticleBodyFallback.apply(full, LONG)).isSameAs(full);
  }

  @Test
  void anOrdinaryBodyOrAShortArticleBodyChangesNothing() {
    BodyText full = bodyOf((ARTICLE + "\n").repeat(3), "A fourth paragraph of the article.");
    assertThat(ArticleBodyFallback.apply(full, LONG)).isSameAs(full);
    BodyText caption = bodyOf("The reading room on a weekday afternoon.");
    assertThat(ArticleBodyFallback.apply(caption, ARTICLE)).isSameAs(caption);
    assertThat(ArticleBodyFallback.apply(caption, null)).isSameAs(caption);
  }

  @Test
  void markupInTheArticleBodyIsReadAsParagraphs() {
    assertThat(
            ArticleBodyText.plain(
                "<p>The library\n opens on Sundays.</p><p>Two members voted&nbsp;against.</p>"))
        .isEqualTo("The library opens on Sundays.\nTwo members voted against.");
    assertThat(ArticleBodyText.plain("First line.\r\n\r\n  Second   line. "))
        .isEqualTo("First line.\nSecond line.");
  }
}
