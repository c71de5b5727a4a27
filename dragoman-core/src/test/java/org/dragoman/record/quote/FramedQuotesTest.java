package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.EntityType;
import org.junit.jupiter.api.Test;

/** Speakers that frame a quotation from outside its reporting clause, on invented text. */
class FramedQuotesTest extends SpeakerRulesTestBase {
  private static final Object[] QUILL = {"Marta Quill", EntityType.PERSON, null, "Quill"};
  private static final Object[] ORR = {"Dale Orr", EntityType.PERSON, null, "Orr"};
  private static final Object[] BRANDT = {"Lena Brandt", EntityType.PERSON, null, "Brandt"};
  private static final Object[] WEEKLY = {"Harbor Weekly", EntityType.ORGANIZATION, null};
  private static final Object[] DOVER = {"Dover", EntityType.LOCATION, null};

  @Test
  void asSomeonePutItOverridesTheStanceOfTheClause() {
    String text =
        "Dover wants “lower taxes and fewer promises,” as one local pollster put it, and the "
            + "council knows it.";
    assertThat(speakerOf(run(text, DOVER), text, "lower taxes")).endsWith("local pollster");
  }

  @Test
  void asSomeonePutItBeforeTheQuotation() {
    String text = "As Harbor Weekly put it, “The mayor has run out of road.”";
    assertThat(speakerOf(run(text, WEEKLY), text, "run out of road")).isEqualTo("Harbor Weekly");
  }

  @Test
  void aFrameStaysInItsClause() {
    String text = "Dover wants “lower taxes”; as Marta Quill put it, the council is broke.";
    assertThat(speakerOf(run(text, QUILL, DOVER), text, "lower taxes")).isNotEqualTo("Marta Quill");
  }

  @Test
  void inSomeonesWords() {
    String text = "The vote came late. In Marta Quill's words, “nobody saw this coming.”";
    assertThat(speakerOf(run(text, QUILL), text, "nobody saw")).isEqualTo("Marta Quill");
  }

  @Test
  void theSpeakerBeforeAColonOverridesAStanceAfterIt() {
    String text =
        "Marta Quill, a budget analyst, put it more bluntly: Dover wants “a plan, not a wish "
            + "list.”";
    assertThat(speakerOf(run(text, QUILL, DOVER), text, "a plan, not")).isEqualTo("Marta Quill");
  }

  @Test
  void aSayingVerbAfterTheColonKeepsItsSpeaker() {
    String text = "Marta Quill asked one question: Dale Orr said the plan was “dead on arrival.”";
    assertThat(speakerOf(run(text, QUILL, ORR), text, "dead on arrival")).isEqualTo("Dale Orr");
  }

  @Test
  void thePossessorOfARemarkBeforeItsQuotation() {
    String text = "Dale Orr's “we will not blink” remark drew laughter in the chamber.";
    assertThat(speakerOf(run(text, ORR), text, "we will not blink")).isEqualTo("Dale Orr");
  }

  @Test
  void thePossessorOfARejectionOfAQuotedPhrase() {
    String text = "Lena Brandt's rejection of “easy answers” won her few friends on the council.";
    assertThat(speakerOf(run(text, BRANDT), text, "easy answers")).isEqualTo("Lena Brandt");
  }

  @Test
  void aPossessorWithNoReportingNounFramesNothing() {
    String text = "Lena Brandt's car was parked by the “old bridge” all night.";
    assertThat(speakerOf(run(text, BRANDT), text, "old bridge")).isNull();
  }

  @Test
  void thePossessorOfAPositionThatRestsOnAQuotedIdea() {
    String text = "Dover’s position rests on the idea of a “grand bargain” with the port.";
    assertThat(speakerOf(run(text, DOVER), text, "grand bargain")).isEqualTo("Dover");
  }

  @Test
  void aSubjectBeforeAnAsideEndingInAQuotationSpeaks() {
    String text =
        "Lena Brandt, citing “the lessons of the last flood,” said the levee would be raised by "
            + "June.";
    assertThat(speakerOf(run(text, BRANDT), text, "the levee would be raised"))
        .isEqualTo("Lena Brandt");
  }

  @Test
  void aSubjectBeforeAnAppositionWithAQuotedTitleSpeaks() {
    String text =
        "Dale Orr, the host of the radio show “Harbor Talk,” named his guilty pleasure: "
            + "“Late-night fishing.”";
    assertThat(speakerOf(run(text, ORR), text, "Late-night fishing")).isEqualTo("Dale Orr");
  }

  @Test
  void aNestedQuoteClosingWithThreeApostrophesStillReachesItsSpeaker() {
    String text =
        "Lena Brandt spoke first.\n\n''My answer was simple: 'Build the levee first,''' Dale "
            + "Orr said of the plan.";
    assertThat(speakerOf(run(text, BRANDT, ORR), text, "My answer was simple"))
        .isEqualTo("Dale Orr");
  }

  @Test
  void aTranscriptLabelWithATitleBeforeTheName() {
    String text =
        "The hearing ran late.\n\nFormer director of the port authority Marta Quill:\"We cut "
            + "what we could and no more.\"";
    assertThat(speakerOf(run(text, QUILL), text, "We cut what we could")).isEqualTo("Marta Quill");
  }
}
