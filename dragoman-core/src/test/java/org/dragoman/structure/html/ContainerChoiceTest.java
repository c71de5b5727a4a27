package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/**
 * Which container holds the body: pop-ups, side columns, text split over rows, and leads beside the
 * article, each on a tiny page of its own (src/test/resources/structure/body).
 */
class ContainerChoiceTest {
  @Test
  void aPopUpWithMoreTextIsNeverTheArticle() {
    String text = body("overlay-popup.html");
    assertThat(text)
        .contains("Repairs to the old stone bridge")
        .contains("One lane stays open for cars")
        .doesNotContain("Join our club of readers")
        .doesNotContain("Signing up takes");
  }

  @Test
  void textSplitOverTableRowsIsTakenWhole() {
    String text = body("text-split-over-rows.html");
    assertThat(text)
        .contains("The valley is reached by the morning bus")
        .contains("Small shops, cafes and the weekly market")
        .contains("The nearest clinic, open on weekdays");
  }

  @Test
  void theLeadInAHeaderBesideTheArticleJoinsTheBody() {
    String text = body("lead-beside-article.html");
    assertThat(text)
        .contains("Growers blame the late frost in April")
        .contains("The apple harvest in the northern orchards")
        .contains("Pear growers fared a little better");
    assertThat(text.indexOf("Growers blame")).isLessThan(text.indexOf("The apple harvest"));
  }

  @Test
  void aLeadWhoseFirstSentenceOpensTheBodyIsStillKept() {
    String text = body("lead-first-sentence-repeated.html");
    assertThat(text)
        .contains("after a petition signed by nine hundred readers")
        .contains("Extra staff will be hired for the weekend");
  }

  @Test
  void aNarrowSideColumnLosesToTheWideOne() {
    String text = body("narrow-column.html");
    assertThat(text)
        .contains("The rules of the Rioja region")
        .contains("A crianza must spend two years ageing")
        .doesNotContain("Our shop in the old town");
  }

  @Test
  void aStandfirstBetweenHeadlineAndBodyOpensTheBodyButNotItsPictureCredit() {
    String text = body("standfirst-after-headline.html");
    assertThat(text)
        .contains("the operator adds a second boat and doubles the number of crossings")
        .contains("The second ferry, bought from an operator on the mainland")
        .contains("Fares stay the same for residents")
        .doesNotContain("(Photo: Harbour Office)")
        .doesNotContain("New bus line to the lighthouse");
    assertThat(text.indexOf("the operator adds")).isLessThan(text.indexOf("The second ferry"));
  }

  @Test
  void aShortBoxWithAnArticleLikeNameLosesToTheLongText() {
    String text = body("thin-named-winner.html");
    assertThat(text)
        .contains("The old water mill on the river bend opened its doors")
        .contains("Volunteers rebuilt the wooden wheel by hand")
        .contains("The miller's room on the upper floor")
        .contains("Entry is free for children")
        .doesNotContain("Town council meets on Tuesday evening");
  }

  @Test
  void aSideBoxBesideTheArticleNeverJoinsIt() {
    String text = body("aside-beside-article.html");
    assertThat(text)
        .contains("The winter constellations set earlier every evening")
        .contains("The new moon on the twentieth leaves the last week dark")
        .doesNotContain("Our magazine, founded by amateur observers")
        .doesNotContain("Members meet on the second Friday");
  }

  @Test
  void aPostFiledUnderCommentsIsStillTheArticle() {
    String text = body("post-filed-under-comments.html");
    assertThat(text)
        .contains("Ten years ago the last sleeper car left the northern line")
        .contains("The operators say they would need new carriages")
        .doesNotContain("still miss the breakfast tray");
  }

  @Test
  void aRecipesIngredientListBesideTheMethodJoinsTheBody() {
    String text = body("recipe-ingredients-beside-method.html");
    assertThat(text)
        .contains("2 leeks, washed and sliced")
        .contains("a knob of butter")
        .contains("Rinse the barley in a sieve")
        .contains("until the barley is tender")
        .doesNotContain("Lentil stew with carrots");
    assertThat(text.indexOf("150 g pearl barley")).isLessThan(text.indexOf("Rinse the barley"));
  }

  @Test
  void anIngredientTableWithAHeaderLikeNameIsKeptButNotItsLinkedNeighbours() {
    String text = body("recipe-ingredients-own-box.html");
    assertThat(text)
        .contains("For the dough:")
        .contains("ripe plums, halved and stoned")
        .contains("Knead the flour, the butter and a pinch of salt")
        .contains("Bake for about forty minutes")
        .doesNotContain("Log in to rate this recipe")
        .doesNotContain("More cakes from the tray");
  }

  @Test
  void aBoxOfTextBetweenTwoPartsOfTheBodyIsBodyToo() {
    String text = body("text-box-between-parts.html");
    assertThat(text)
        .contains("forty solar panels")
        .contains("Members of the cooperative get a share of what the hall saves")
        .contains("A second share offer opens in June")
        .doesNotContain("Wind farm plan");
    assertThat(text.indexOf("Members of the cooperative")).isLessThan(text.indexOf("forty solar"));
  }

  @Test
  void aProductsDescriptionBeatsLongerCustomerReviews() {
    String text = body("product-with-reviews.html");
    assertThat(text)
        .contains("A mild green tea from small gardens")
        .contains("Fresh grass, toasted rice, a hint of chestnut")
        .doesNotContain("I have been drinking this tea every morning");
  }
}
