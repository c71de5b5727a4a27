package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Pronoun and title speakers on invented text: "she" never names a known man (nor "he" a known
 * woman), "I" in an interview's answers is the interviewee, "the senator" is the senator.
 */
class PronounSpeakerTest extends SpeakerRulesTestBase {

  @Test
  void sheSkipsTheMostRecentManForTheWomanByHerGivenName() {
    String text =
        "Linda Osei met the farmers on Tuesday. Later, Peter Mwangi toured the dam.\n\n"
            + "\"The water will reach every village by June,\" she said.";
    List<Quote> quotes = run(text, person("Linda Osei", "Osei"), person("Peter Mwangi", "Mwangi"));
    assertThat(speakerOf(quotes, text, "The water will reach")).isEqualTo("Linda Osei");
  }

  @Test
  void heSkipsAWomanKnownByHerHonorific() {
    String text =
        "Mr. Adjei opened the hearing. Mrs. Quaye answered the first question.\n\n"
            + "\"We have waited long enough,\" he said.";
    List<Quote> quotes = run(text, person("Adjei"), person("Quaye"));
    assertThat(speakerOf(quotes, text, "We have waited")).isEqualTo("Adjei");
  }

  @Test
  void aGenderedNounInAnAppositionTellsTheGender() {
    String text =
        "Okonkwo chaired the panel. Asante, a retired congressman, spoke next.\n\n"
            + "\"Nobody read the report,\" she said.";
    List<Quote> quotes = run(text, person("Okonkwo"), person("Asante"));
    assertThat(speakerOf(quotes, text, "Nobody read the report")).isEqualTo("Okonkwo");
  }

  @Test
  void aPronounAlreadyBoundInTheDocumentTellsTheGender() {
    String text =
        "Mensah said she would vote against the bill. Then Okonkwo said he would abstain.\n\n"
            + "\"The bill is a gift to the banks,\" she added.";
    List<Quote> quotes = run(text, person("Okonkwo"), person("Mensah"));
    assertThat(speakerOf(quotes, text, "The bill is a gift")).isEqualTo("Mensah");
  }

  @Test
  void withoutEvidenceThePronounKeepsTheMostRecentSubject() {
    String text =
        "Okonkwo spoke first. Then Mensah took the floor.\n\n"
            + "\"The bill is a gift to the banks,\" she added.";
    List<Quote> quotes = run(text, person("Okonkwo"), person("Mensah"));
    assertThat(speakerOf(quotes, text, "The bill is a gift")).isEqualTo("Mensah");
  }

  @Test
  void iInAnInterviewsAnswersIsTheInterviewee() {
    String text =
        "Q&A with Governor Ama Boateng\n\n"
            + "Ama Boateng spoke with our reporter about the harbor.\n\n"
            + "Q: Will the harbor open this year?\n\n"
            + "A: I think the harbor will open in the spring.\n\n"
            + "Q: And the fishermen?\n\n"
            + "A: I believe they will be paid first.";
    List<Quote> quotes = run(text, person("Ama Boateng", "Boateng"));
    assertThat(speakerOf(quotes, text, "the harbor will open in the spring"))
        .isEqualTo("Ama Boateng");
    assertThat(speakerOf(quotes, text, "they will be paid first")).isEqualTo("Ama Boateng");
  }

  @Test
  void aTitleWithoutAKnownHolderIsThePersonTheStoryIsAbout() {
    String text =
        "Daniel Kuffour returned to Accra on Sunday after a week of talks.\n\n"
            + "\"We made progress,\" the 58-year-old senator said.";
    List<Quote> quotes = run(text, person("Daniel Kuffour", "Kuffour"));
    assertThat(speakerOf(quotes, text, "We made progress")).isEqualTo("Daniel Kuffour");
  }

  @Test
  void anAbbreviatedTitleHoldsTheRole() {
    String text =
        "Sen. Kofi Mensah and Yaw Darko visited the port. Darko left early.\n\n"
            + "\"The port needs dredging,\" the senator said.";
    List<Quote> quotes = run(text, person("Kofi Mensah", "Mensah"), person("Yaw Darko", "Darko"));
    assertThat(speakerOf(quotes, text, "The port needs dredging")).isEqualTo("Kofi Mensah");
  }

  @Test
  void thePronounPrefersTheMainClauseSubjectToAnEmbeddedOne() {
    String text =
        "Joe Madison recalled that Barack Obama was doubted by many listeners at first.\n\n"
            + "\"That is how folks saw it back then,\" he said.";
    List<Quote> quotes =
        run(text, person("Joe Madison", "Madison"), person("Barack Obama", "Obama"));
    assertThat(speakerOf(quotes, text, "That is how folks saw it")).isEqualTo("Joe Madison");
  }

  @Test
  void aPersonNamedInsideTheQuotationIsNoAntecedent() {
    String text =
        "Kofi Boateng spoke to reporters on Friday.\n\n"
            + "\"Yaw Darko never answers his phone,\" he said.";
    List<Quote> quotes = run(text, person("Kofi Boateng", "Boateng"), person("Yaw Darko", "Darko"));
    assertThat(speakerOf(quotes, text, "never answers his phone")).isEqualTo("Kofi Boateng");
  }

  @Test
  void theGovernorIsNoGovernorNamedOnlyLater() {
    String text =
        "The harbour tax split the state's lawmakers.\n\n"
            + "\"The tax stays,\" the state's governor said on Monday.\n\n"
            + "In the neighbouring state, Gov. Abena Owusu has cut the same tax.";
    Object[] owusu = {"Abena Owusu", EntityType.PERSON, "Governor", "Owusu"};
    assertThat(speakerOf(run(text, owusu), text, "The tax stays")).isNotEqualTo("Abena Owusu");
  }
}
