package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineDateLinesTest {
  private static final String FIRST =
      "The old harbour pier will close on Monday while crews replace its rotten planks.";
  private static final String SECOND =
      "Anglers and the two tour boats will use the slipway until the work ends in September.";

  private static BodyText body(String... paragraphs) {
    return BodyFixtures.paragraphs(BodyText.EMPTY, paragraphs);
  }

  @Test
  void bylinesAndDateLinesAtTheStartGo() {
    BodyText in =
        body(
            "By Ana Li and Tom Reed",
            "Updated: Tuesday, April 26, 2022 | 9:52 PM EDT",
            FIRST,
            SECOND,
            "Third paragraph of the article, long enough to be prose and not a line.",
            "Fourth paragraph of the article, which says what the council expects next.");
    String out = BylineDateLines.drop(in, List.of("Ana Li", "Tom Reed")).text();
    assertThat(out).startsWith(FIRST);
  }

  @Test
  void writtenDatesAndAnAuthorLineAtTheEndGoInAnyLanguage() {
    BodyText in = body("19.10.2019, 05:00 Uhr", FIRST, SECOND, "Von Cosima Berg");
    assertThat(BylineDateLines.drop(in, List.of("Cosima Berg")).text())
        .isEqualTo(FIRST + "\n\n" + SECOND);
    BodyText french = body("06 Novembre 2019", FIRST, "Auteur : Kossi Tia");
    assertThat(BylineDateLines.drop(french, List.of("Kossi Tia")).text()).isEqualTo(FIRST);
  }

  @Test
  void aTimeOrDateGluedToItsLabelIsStillADateLine() {
    BodyText in = body("21 August 2019, 7:40am", FIRST, SECOND);
    assertThat(BylineDateLines.drop(in, List.of()).text()).isEqualTo(FIRST + "\n\n" + SECOND);
    BodyText spanish = body("07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17", FIRST, SECOND);
    assertThat(BylineDateLines.drop(spanish, List.of()).text()).isEqualTo(FIRST + "\n\n" + SECOND);
    BodyText glued = body("sabado 07 de mayo del 2022Actualizado 07 May 2022 | 13:43 h", FIRST);
    assertThat(BylineDateLines.drop(glued, List.of()).text()).isEqualTo(FIRST);
  }

  @Test
  void otherShortLinesStay() {
    BodyText in =
        body(
            "2022",
            "Mark Reed",
            "Who pays",
            FIRST,
            SECOND,
            "12,50 €",
            "The work is paid for by a grant of 410,000 pounds awarded in March 2021 by the region.");
    assertThat(BylineDateLines.drop(in, List.of("Ana Li"))).isEqualTo(in);
  }

  @Test
  void aBodyMadeOnlyOfSuchLinesIsKept() {
    BodyText in = body("April 21, 2022");
    assertThat(BylineDateLines.drop(in, List.of())).isEqualTo(in);
  }
}
