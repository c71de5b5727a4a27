package org.dragoman.eval.webpages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleBodyProxyTest {
  /** Enough words for an article: the sentence ten times over, 100 words in all. */
  private static final String LONG =
      "Crews will replace the rotten planks of the pier. ".repeat(10).strip();

  @Test
  void aTeaserIsNoProxy() {
    String teaser =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
            + "\"The river ferry will stop running in March, officials said.\"}</script>";
    assertThat(ArticleBodyProxy.of(teaser)).isNull();
  }

  @Test
  void markupEscapedTwiceIsReadAsText() {
    assertThat(ArticleBodyProxy.plain("&amp;lt;p&amp;gt;Ferry&amp;amp;ccedil;&amp;lt;/p&amp;gt;"))
        .isEqualTo("Ferry\u00e7");
  }

  @Test
  void theArticlesBodyIsReadFromItsJsonLd() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Harbour News\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry stops\","
            + "\"articleBody\":\"The river ferry will stop running in March.\\nRepairs follow. "
            + LONG
            + "\"}]}"
            + "</script></head><body><p>Other text</p></body></html>";
    assertThat(ArticleBodyProxy.of(html))
        .isEqualTo("The river ferry will stop running in March.\nRepairs follow. " + LONG);
  }

  @Test
  void markupAndCharacterReferencesBecomePlainText() {
    assertThat(
            ArticleBodyProxy.plain("<p>Town&#8217;s pier</p><p>needs&nbsp;repairs &amp; paint</p>"))
        .isEqualTo("Town\u2019s pier\nneeds repairs & paint");
    assertThat(ArticleBodyProxy.plain("3 < 4 and 5 > 2")).isEqualTo("3 < 4 and 5 > 2");
  }

  @Test
  void pagesWithoutAnArticleBodyHaveNoProxy() {
    assertThat(
            ArticleBodyProxy.of("<html><body><div itemprop=\"articleBody\">x</div></body></html>"))
        .isNull();
    assertThat(
            ArticleBodyProxy.of(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"articleBody\":\"  \"}</script>"))
        .isNull();
    assertThat(ArticleBodyProxy.of(null)).isNull();
  }
}
