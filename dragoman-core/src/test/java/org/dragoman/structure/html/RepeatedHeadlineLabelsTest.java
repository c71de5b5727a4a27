package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The short labels a page sets above its repeated headline go with it; longer text stays. */
class RepeatedHeadlineLabelsTest {
  private static final String TITLE = "The ferry to Alder Bank will run through the winter";

  @Test
  void aKickerAboveTheHeadlineGoesWithIt() {
    BodyText body =
        BodyFixtures.paragraphs(
            BodyText.EMPTY, "Opinion", TITLE, "The council has found the money for the winter.");
    assertThat(RepeatedHeadline.drop(body, TITLE, TITLE, List.of()).text())
        .isEqualTo("The council has found the money for the winter.");
  }

  @Test
  void aLongerLineAboveTheHeadlineStays() {
    String before = "Readers asked us all year what would happen to the ferry in the cold months.";
    BodyText body =
        BodyFixtures.paragraphs(
            BodyText.EMPTY, before, TITLE, "The council has found the money for the winter.");
    assertThat(RepeatedHeadline.drop(body, TITLE, TITLE, List.of()).text())
        .isEqualTo(before + "\n\nThe council has found the money for the winter.");
  }
}
