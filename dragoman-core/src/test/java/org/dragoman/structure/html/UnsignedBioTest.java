package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A closing note about the writer goes when the page names no author; other endings stay. */
class UnsignedBioTest {
  private static final String FIRST = "The harbour market opens on Saturdays from May.";
  private static final String SECOND = "Stalls are free for growers from the valley.";

  private static BodyText ending(String last) {
    return BodyFixtures.paragraphs(BodyText.EMPTY, FIRST, SECOND, last);
  }

  @Test
  void aClosingNoteAboutTheWriterGoes() {
    String note =
        "Mara Quill is the Founder & Principal Consultant at Lantern, a public relations firm.";
    assertThat(UnsignedBio.drop(ending(note), List.of()).text()).isEqualTo(FIRST + "\n\n" + SECOND);
    String german = "Jonas Feld ist freier Journalist und schreibt über Landwirtschaft.";
    assertThat(UnsignedBio.drop(ending(german), List.of()).text())
        .isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void otherEndingsAndPagesWithABylineStay() {
    BodyText authority = ending("Tom Reed is the head of the port authority in the valley.");
    assertThat(UnsignedBio.drop(authority, List.of())).isEqualTo(authority);
    BodyText book = ending("The Book was praised by every editor who read it.");
    assertThat(UnsignedBio.drop(book, List.of())).isEqualTo(book);
    BodyText quote = ending("Mara Quill said the market would grow next year.");
    assertThat(UnsignedBio.drop(quote, List.of())).isEqualTo(quote);
    BodyText signed = ending("Mara Quill is a freelance writer in the valley.");
    assertThat(UnsignedBio.drop(signed, List.of("Ana Li"))).isEqualTo(signed);
  }
}
