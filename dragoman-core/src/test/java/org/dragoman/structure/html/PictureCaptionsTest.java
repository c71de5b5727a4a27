package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dragoman.structure.html.BodyFixtures.body;

import org.junit.jupiter.api.Test;

/** Captions set as paragraphs of their own go by the credit that closes them; prose stays. */
class PictureCaptionsTest {
  @Test
  void paragraphsEndingInAPictureCreditGoAndTheStoryStays() {
    String text = body("captions-ending-in-credits.html");
    assertThat(text)
        .startsWith("The town council of Gullhaven voted on Tuesday")
        .contains("Engineers told the council that patching")
        .contains("“We can no longer patch and hope,”")
        .contains("Photo boats for the tourists will sail from the ferry pier instead")
        .contains("a photographer who lost his studio in the storm will be paid by the insurers.")
        .doesNotContain("Waves break over the sea wall")
        .doesNotContain("inspects the damaged stones")
        .doesNotContain("Fishing boats were moored");
  }

  @Test
  void creditsAreRecognizedAtTheEndOfAShortBlockOnly() {
    assertThat(credit("The square at dusk. Photo: AP")).isTrue();
    assertThat(credit("Crowds in the square. Photograph: Jane Roe/Reuters")).isTrue();
    assertThat(credit("The minister arrives in Rome. (AP Photo/John Doe)")).isTrue();
    assertThat(credit("The minister arrives in Rome. (Photo by John Doe/Getty Images)")).isTrue();
    assertThat(credit("Die Fähre am Morgen. Foto: dpa")).isTrue();
    assertThat(
            credit(
                "FILE - In this Jan. 5, 2020, file photo, the mayor speaks to reporters outside"
                    + " the town hall. (Gazette Photo/John Doe, File)"))
        .isTrue();
    assertThat(credit("He said he would show the photo to the court.")).isFalse();
    assertThat(credit("The agency sent a photo: it showed the wall.")).isFalse();
    assertThat(credit("Read the photo essay by our team")).isFalse();
    String longParagraph = "The council met again. ".repeat(20) + "Photo: AP";
    assertThat(
            PictureCaptions.drop(BodyFixtures.paragraphs(BodyText.EMPTY, "Text.", longParagraph))
                .text())
        .contains("Photo: AP");
  }

  @Test
  void aCreditNamingAPictureAgencyWithoutTheWordPhotoIsACreditToo() {
    assertThat(agency("Traffic on the freeway near the airport (Getty/Jane Roe)")).isTrue();
    assertThat(agency("The minister arrives in Rome. (AFP via Getty Images)")).isTrue();
    assertThat(agency("Protesters in the square. (Reuters/John Doe)")).isTrue();
    assertThat(agency("Der Hafen im Nebel. (picture alliance / dpa / Jane Roe)")).isTrue();
    assertThat(agency("A quiet beach in May | Shutterstock")).isTrue();
    assertThat(agency("Die Regierung will das Gesetz im Herbst vorlegen. (dpa)")).isFalse();
    assertThat(agency("\"We are ready,\" the coach told AFP.")).isFalse();
    assertThat(agency("The firm sold the photos to Getty Images last year.")).isFalse();
  }

  private static boolean agency(String s) {
    return AgencyCredit.endsIn(s, 0, s.length());
  }

  private static boolean credit(String s) {
    return PictureCaptions.endsInCredit(s, 0, s.length());
  }
}
