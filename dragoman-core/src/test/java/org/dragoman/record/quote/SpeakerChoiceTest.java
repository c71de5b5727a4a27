package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

/** The rules that choose a quotation's speaker among the people around it, on invented text. */
class SpeakerChoiceTest extends SpeakerRulesTestBase {
  private static final Object[] MENSAH = {"Ada Mensah", EntityType.PERSON, null, "Mensah"};
  private static final Object[] BOATENG = {"Kofi Boateng", EntityType.PERSON, null, "Boateng"};
  private static final Object[] DARKO = {"Yaw Darko", EntityType.PERSON, null, "Darko"};

  @Test
  void aQuoteClosingThePreviousParagraphIsNotTheNextCuesContent() {
    String text =
        "Ada Mensah opened the meeting. “The road to the market is finally open again.”\n\n"
            + "Kofi Boateng, the mayor, said the bridge would close in May.";
    List<Quote> quotes = run(text, MENSAH, BOATENG);
    assertThat(speakerOf(quotes, text, "The road to the market")).isEqualTo("Ada Mensah");
    assertThat(speakerOf(quotes, text, "the bridge would close")).isEqualTo("Kofi Boateng");
  }

  @Test
  void anUnnamedSourceDescribedByAnAdjectivePhraseKeepsTheWholeDescription() {
    String text =
        "A person familiar with the negotiations told the agency that the gap was "
            + "\"wider than ever.\"";
    assertThat(speakerOf(run(text), text, "wider than ever"))
        .isEqualTo("person familiar with the negotiations");
  }

  @Test
  void aPersonInsideAnAppositionIsNotTheSubjectAndATellVerbsObjectListens() {
    String text =
        "“The vote is close,” Kofi Boateng, a close adviser to Ada Mensah, told reporters.";
    assertThat(speakerOf(run(text, MENSAH, BOATENG), text, "The vote is close"))
        .isEqualTo("Kofi Boateng");
  }

  @Test
  void anAppositionClimbsOutOfItsPrepositionalPhrases() {
    String text =
        "One farmer backing Mensah, Yaw Darko of the Green Valley Cooperative in Tamale, said"
            + " the rains came late.";
    assertThat(speakerOf(run(text, MENSAH, DARKO), text, "the rains came late"))
        .isEqualTo("Yaw Darko");
  }

  @Test
  void aGroupNamedByAProperNounSpeaksAcrossItsApposition() {
    String text =
        "The Mensah administration, in a notice to traders, has said it would reopen the"
            + " northern market in June.";
    assertThat(speakerOf(run(text, MENSAH), text, "reopen the northern market"))
        .isEqualTo("Mensah administration");
  }

  @Test
  void aParticipleAfterANamedPersonsGerundIsThatPersons() {
    String text =
        "I am old enough to remember Ada Mensah going on the radio in 1990, declaring that"
            + " the drought was finally over.";
    assertThat(speakerOf(run(text, MENSAH), text, "the drought was finally over"))
        .isEqualTo("Ada Mensah");
  }

  @Test
  void coordinatedSubjectsSpeakTogether() {
    String text = "Farmers and even some traders say the prices are too high this season.";
    assertThat(speakerOf(run(text), text, "the prices are too high"))
        .isEqualTo("Farmers and even some traders");
  }

  @Test
  void anyVerbThenANamedPersonAfterAShortQuote() {
    String text = "“This is wonderful!” beamed Kofi Boateng of Accra, waving at the crowd.";
    assertThat(speakerOf(run(text, BOATENG), text, "This is wonderful")).isEqualTo("Kofi Boateng");
  }

  @Test
  void aLabelBeforeAColonSpeaksTheNextParagraph() {
    String text =
        "Kofi Boateng spoke on the radio.\n\nStated Boateng:\n\n"
            + "“I think the stakes are so high that nobody will sleep this week.”";
    assertThat(speakerOf(run(text, BOATENG), text, "I think the stakes")).isEqualTo("Kofi Boateng");
  }

  @Test
  void aCuesSpeakerSpeaksTheOtherQuotesOfItsSentence() {
    String text =
        "“Let him decide,” said Kofi Boateng, urging his critics to “give him time.” The"
            + " talks resumed.";
    assertThat(speakerOf(run(text, BOATENG), text, "give him time")).isEqualTo("Kofi Boateng");
  }

  @Test
  void aQuotedTermBeforeACueIsNoOnes() {
    String text =
        "Talk of “historic” gains, and hints that Accra wants more, suggests real progress.";
    Object[] accra = {"Ghana", EntityType.LOCATION, null, "Accra"};
    assertThat(speakerOf(run(text, accra), text, "historic")).isNull();
  }

  @Test
  void aParagraphAnnouncingTheNextQuote() {
    String text =
        "Ada Mensah spoke on Friday.\n\nMensah continued her remarks.\n\n"
            + "“The harvest will be good this year if the rains hold until June.”";
    assertThat(speakerOf(run(text, MENSAH), text, "The harvest will be good"))
        .isEqualTo("Ada Mensah");
  }

  @Test
  void aHyphenatedModifierBelongsToTheSpeakersName() {
    String text =
        "\"The mayor is losing,\" Accra-based Kofi Boateng said. \"Support was soft to begin"
            + " with.\"";
    List<Quote> quotes = run(text, BOATENG);
    assertThat(speakerOf(quotes, text, "The mayor is losing")).isEqualTo("Kofi Boateng");
    assertThat(speakerOf(quotes, text, "Support was soft")).isEqualTo("Kofi Boateng");
  }

  @Test
  void aQuoteWithinAQuoteClosingTogetherBoundsTheCueAndARelativeVerbIsNoCue() {
    String text =
        "“You want me to say, ‘I back the plan, no doubt,’” Boateng, who has proposed ending"
            + " the plan, said at the time.";
    Quote q =
        run(text, BOATENG).stream()
            .filter(x -> x.text().startsWith("You want me"))
            .findFirst()
            .orElseThrow();
    assertThat(q.speaker().name()).isEqualTo("Kofi Boateng");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void aStanceEndsBeforeAClauseWithAnotherSpeaker() {
    String text =
        "Boateng intends to give a speech on farming in Accra this month, Ada Mensah said on"
            + " Friday.";
    assertThat(speakerOf(run(text, BOATENG, MENSAH), text, "give a speech on farming"))
        .isEqualTo("Ada Mensah");
  }

  @Test
  void namesTheTaggerMisreadBecomeProperNouns() {
    String text = "Devine declared victory.";
    List<Token> tokens =
        List.of(
            new Token(0, 6, "Devine", "JJ", "devine", "PERSON"),
            new Token(7, 15, "declared", "VBN", "declare", "O"),
            new Token(16, 23, "victory", "NN", "victory", "O"),
            new Token(23, 24, ".", ".", ".", "O"));
    AnnotatedText annotated = new AnnotatedText(text, tokens, List.of(new Sentence(0, 24, 0, 4)));
    Entity devine =
        new Entity(
            "e1",
            "Devine",
            EntityType.PERSON,
            List.of(),
            List.of(),
            List.of(new Mention(0, 6, "Devine")));
    List<Token> retagged = NameTagging.retag(annotated, List.of(devine)).tokens();
    assertThat(retagged.get(0).pos()).isEqualTo("NNP");
    assertThat(retagged.get(1).pos()).isEqualTo("VBN");
    assertThat(NameTagging.retag(annotated, List.of()).tokens().get(0).pos()).isEqualTo("JJ");
  }
}
