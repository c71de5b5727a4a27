package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which container holds the body: pop-ups, side columns, text split over rows, and leads beside the
 * article, each on a tiny page of its own (src/test/resources/structure/body).
 */
class ContainerChoiceTest {
  @Test
  void aPopUpWithMoreTextIsNeverTheArticle() {
    assertBody(
        "overlay-popup.html",
        List.of("Repairs to the old stone bridge", "One lane stays open for cars"),
        List.of("Join our club of readers", "Signing up takes"));
  }

  @Test
  void textSplitOverTableRowsIsTakenWhole() {
    assertBody(
        "text-split-over-rows.html",
        List.of(
            "The valley is reached by the morning bus",
            "Small shops, cafes and the weekly market",
            "The nearest clinic, open on weekdays"),
        List.of());
  }

  @Test
  void theLeadInAHeaderBesideTheArticleJoinsTheBody() {
    String text =
        assertBody(
            "lead-beside-article.html",
            List.of(
                "Growers blame the late frost in April",
                "The apple harvest in the northern orchards",
                "Pear growers fared a little better"),
            List.of());
    assertComesBefore(text, "Growers blame", "The apple harvest");
  }

  @Test
  void aLeadWhoseFirstSentenceOpensTheBodyIsStillKept() {
    assertBody(
        "lead-first-sentence-repeated.html",
        List.of(
            "after a petition signed by nine hundred readers",
            "Extra staff will be hired for the weekend"),
        List.of());
  }

  @Test
  void aNarrowSideColumnLosesToTheWideOne() {
    assertBody(
        "narrow-column.html",
        List.of("The rules of the Rioja region", "A crianza must spend two years ageing"),
        List.of("Our shop in the old town"));
  }

  @Test
  void aStandfirstBetweenHeadlineAndBodyOpensTheBodyButNotItsPictureCredit() {
    String text =
        assertBody(
            "standfirst-after-headline.html",
            List.of(
                "the operator adds a second boat and doubles the number of crossings",
                "The second ferry, bought from an operator on the mainland",
                "Fares stay the same for residents"),
            List.of("(Photo: Harbour Office)", "New bus line to the lighthouse"));
    assertComesBefore(text, "the operator adds", "The second ferry");
  }

  @Test
  void aShortBoxWithAnArticleLikeNameLosesToTheLongText() {
    assertBody(
        "thin-named-winner.html",
        List.of(
            "The old water mill on the river bend opened its doors",
            "Volunteers rebuilt the wooden wheel by hand",
            "The miller's room on the upper floor",
            "Entry is free for children"),
        List.of("Town council meets on Tuesday evening"));
  }

  @Test
  void aSideBoxBesideTheArticleNeverJoinsIt() {
    assertBody(
        "aside-beside-article.html",
        List.of(
            "The winter constellations set earlier every evening",
            "The new moon on the twentieth leaves the last week dark"),
        List.of("Our magazine, founded by amateur observers", "Members meet on the second Friday"));
  }

  @Test
  void aPostFiledUnderCommentsIsStillTheArticle() {
    assertBody(
        "post-filed-under-comments.html",
        List.of(
            "Ten years ago the last sleeper car left the northern line",
            "The operators say they would need new carriages"),
        List.of("still miss the breakfast tray"));
  }

  @Test
  void aRecipesIngredientListBesideTheMethodJoinsTheBody() {
    String text =
        assertBody(
            "recipe-ingredients-beside-method.html",
            List.of(
                "2 leeks, washed and sliced",
                "a knob of butter",
                "Rinse the barley in a sieve",
                "until the barley is tender"),
            List.of("Lentil stew with carrots"));
    assertComesBefore(text, "150 g pearl barley", "Rinse the barley");
  }

  @Test
  void anIngredientTableWithAHeaderLikeNameIsKeptButNotItsLinkedNeighbours() {
    assertBody(
        "recipe-ingredients-own-box.html",
        List.of(
            "For the dough:",
            "ripe plums, halved and stoned",
            "Knead the flour, the butter and a pinch of salt",
            "Bake for about forty minutes"),
        List.of("Log in to rate this recipe", "More cakes from the tray"));
  }

  @Test
  void aBoxOfTextBetweenTwoPartsOfTheBodyIsBodyToo() {
    String text =
        assertBody(
            "text-box-between-parts.html",
            List.of(
                "forty solar panels",
                "Members of the cooperative get a share of what the hall saves",
                "A second share offer opens in June"),
            List.of("Wind farm plan"));
    assertComesBefore(text, "Members of the cooperative", "forty solar");
  }

  @Test
  void aProductsDescriptionBeatsLongerCustomerReviews() {
    assertBody(
        "product-with-reviews.html",
        List.of(
            "A mild green tea from small gardens", "Fresh grass, toasted rice, a hint of chestnut"),
        List.of("I have been drinking this tea every morning"));
  }

  /**
   * Asserts the body found on {@code fixture} holds all of {@code kept}, none of {@code dropped}.
   */
  private static String assertBody(String fixture, List<String> kept, List<String> dropped) {
    String text = body(fixture);
    assertThat(text).as(fixture).contains(kept);
    if (!dropped.isEmpty()) {
      assertThat(text).as(fixture).doesNotContain(dropped);
    }
    return text;
  }

  private static void assertComesBefore(String text, String earlier, String later) {
    assertThat(text.indexOf(earlier))
        .as(earlier + " before " + later)
        .isLessThan(text.indexOf(later));
  }
}
