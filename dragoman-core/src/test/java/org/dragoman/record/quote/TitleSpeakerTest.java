package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Speakers named by a title: "the former chief of staff", "the Florida senator", "its chief, X,".
 */
class TitleSpeakerTest extends SpeakerRulesTestBase {
  @Test
  void aTitleWithOfIsItsHolder() {
    String text =
        "Yaw Darko met Kofi Mensah, the mayor, on Monday. Mensah left early.\n\n"
            + "The former chief of staff said the harbor would open in the spring.";
    List<Quote> quotes =
        run(
            text,
            new Object[] {"Yaw Darko", EntityType.PERSON, "chief of staff", "Darko"},
            person("Kofi Mensah", "Mensah"));
    assertThat(speakerOf(quotes, text, "the harbor would open")).isEqualTo("Yaw Darko");
  }

  @Test
  void aTitleTaggedAsAProperNameStillRefersBack() {
    String text =
        "Marco Delgado spoke over boos from the audience as he congratulated the winner. Delgado "
            + "offered the crowd an emotional evaluation as he ended his bid on Tuesday.\n\n"
            + "The Florida senator sought to calm his supporters, saying the person would not get "
            + "beat up at his rally.";
    List<Quote> quotes = run(text, person("Marco Delgado", "Delgado"));
    assertThat(speakerOf(quotes, text, "the person would not")).isEqualTo("Marco Delgado");
  }

  @Test
  void aTitleFollowedByANameInAppositionIsThatPerson() {
    String text =
        "The mill is hanging on, but it is under pressure from imports, the company's chief "
            + "executive, Jan Ferris, said.";
    List<Quote> quotes = run(text, person("Jan Ferris", "Ferris"));
    assertThat(speakerOf(quotes, text, "The mill is hanging on")).isEqualTo("Jan Ferris");
  }
}
