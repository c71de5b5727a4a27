package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Named subjects that are long or hidden: appositions with relative clauses, double genitives,
 * people named by their group, offices, and quotation marks that hide the cue, on invented text.
 */
class SubjectPhrasesTest extends SpeakerRulesTestBase {
  private static final Object[] MENSAH = person("Ada Mensah", "Mensah");
  private static final Object[] BOATENG = person("Kofi Boateng", "Boateng");
  private static final Object[] DARKO = person("Yaw Darko", "Darko");
  private static final Object[] COOPERATIVE = {
    "Green Valley Cooperative", EntityType.ORGANIZATION, null
  };
  private static final Object[] UNION = {"Farmers Union", EntityType.ORGANIZATION, null};

  @Test
  void anAppositionWithARelativeClauseWhoseVerbIsACueKeepsItsSubject() {
    String text =
        "Yaw Darko, a farmer who advised Mensah on the water reform, said the reform so far"
            + " has been a success “by any measure, especially the cost.”";
    assertThat(speakerOf(run(text, MENSAH, DARKO), text, "the reform so far"))
        .isEqualTo("Yaw Darko");
  }

  @Test
  void aLongAppositionEndingInAQuotedTitleKeepsItsSubjectBeforeAColon() {
    String text =
        "Ada Mensah, the northern front-runner and former host of the reality show “The Long"
            + " Harvest,” listed a radio show as her guilty pleasure: “Market Day Live” — and"
            + " more specifically her most recent appearance.";
    assertThat(speakerOf(run(text, MENSAH), text, "Market Day Live")).isEqualTo("Ada Mensah");
  }

  @Test
  void theVerbOfARelativeClauseInAnAppositionIsNotTheMainVerb() {
    String text =
        "Ada Mensah, the northern senator who is challenging Boateng and former Governor Yaw"
            + " Darko for the party nomination, enjoys “Market Day.” Auntie Ada, as she is"
            + " affectionately known by her nephews, described a day at the farm as the perfect"
            + " day off.";
    assertThat(speakerOf(run(text, MENSAH, BOATENG, DARKO), text, "Market Day"))
        .isEqualTo("Ada Mensah");
  }

  @Test
  void aRelativeClausesVerbGivesTheSubjectWhenNoOtherVerbDoes() {
    String text =
        "Senator Ada Mensah, who has seen a surge in the north, named “Market Day,” “Harvest"
            + " Hour” and “Rain Dance” as her top shows.";
    assertThat(speakerOf(run(text, MENSAH), text, "Harvest Hour")).isEqualTo("Ada Mensah");
  }

  @Test
  void aQuoteContinuesAStatementCuedInItsParagraphAfterAQuoteRunOverParagraphs() {
    String text =
        "Darko said the plan is “really an empty promise.\n\n"
            + "“What we do here is, we build roads. That’s what we do,” Darko said. “We don’t"
            + " introduce or debate promises or notions.”";
    assertThat(speakerOf(run(text, DARKO), text, "We don’t introduce")).isEqualTo("Yaw Darko");
  }

  @Test
  void aRelativeClauseAfterADoubleGenitiveBelongsToTheGoverningNoun() {
    String text =
        "Friends of Mr. Boateng's who have seen him on the road recently say that his old"
            + " energy has turned into calm self-assurance.";
    assertThat(speakerOf(run(text, BOATENG), text, "his old energy"))
        .isEqualTo("Friends of Mr. Boateng's");
  }

  @Test
  void peopleNamedByTheirGroupKeepTheGroupsName() {
    String text =
        "At least 12 families have received new land, according to lawyers with the Green"
            + " Valley Cooperative. The new fees will hurt the poorest farmers, said a spokesman"
            + " for the Farmers Union.";
    List<Quote> quotes = run(text, COOPERATIVE, UNION);
    assertThat(speakerOf(quotes, text, "received new land"))
        .isEqualTo("lawyers with the Green Valley Cooperative");
    assertThat(speakerOf(quotes, text, "hurt the poorest farmers"))
        .isEqualTo("spokesman for the Farmers Union");
  }

  @Test
  void aSourceDescribedAfterAccordingToKeepsWhatNamesIt() {
    String text =
        "The market lost 40 stalls last year, according to figures the council released Friday."
            + " Rice prices rose by a third, according to an analysis by the Tamale Herald of"
            + " market records. Three traders were fined, according to two officials who spoke to"
            + " the Tamale Herald but were not allowed to speak on the record.";
    List<Quote> quotes = run(text, new Object[] {"Tamale Herald", EntityType.ORGANIZATION, null});
    assertThat(speakerOf(quotes, text, "lost 40 stalls"))
        .isEqualTo("figures the council released Friday");
    assertThat(speakerOf(quotes, text, "Rice prices rose")).isEqualTo("Tamale Herald");
    assertThat(speakerOf(quotes, text, "Three traders were fined"))
        .startsWith("officials who spoke to the Tamale Herald");
  }

  @Test
  void aPersonsOfficeHoldsViews() {
    String text =
        "Mensah’s office slammed a lawsuit filed by a former aide, calling it “baseless” on"
            + " Monday.";
    List<Quote> quotes = run(text, MENSAH);
    assertThat(speakerOf(quotes, text, "a lawsuit filed")).isEqualTo("Mensah’s office");
    assertThat(speakerOf(quotes, text, "baseless")).isEqualTo("Mensah’s office");
  }

  @Test
  void anOpeningMarkTypedWhereTheClosingOneBelongsClosesTheQuote() {
    String text =
        "“The truth is, if the mayor loses the north, that could create real problems for her"
            + " here,“ said Kofi Boateng, a farmer and union leader from Tamale.";
    assertThat(speakerOf(run(text, BOATENG), text, "The truth is")).isEqualTo("Kofi Boateng");
  }

  @Test
  void aQuoteOpeningAfterTheStopOfACuedSentenceIsNotThatCuesContent() {
    String text =
        "The ministry on Monday also urged the farmers to do more. ''There should be common"
            + " ground the ministry and the farmers can find,'' said Kofi Boateng, the union press"
            + " secretary.\n\n"
            + "Critics argued that the rule would hurt small farmers.\n\n"
            + "''This is a huge change in the water rules,'' said Yaw Darko of the Farmers Union."
            + " ''By decree, the ministry is taxing every farmer.''";
    List<Quote> quotes = run(text, BOATENG, DARKO, UNION);
    assertThat(speakerOf(quotes, text, "There should be common ground")).isEqualTo("Kofi Boateng");
    assertThat(speakerOf(quotes, text, "the farmers to do more")).isEqualTo("ministry");
    assertThat(speakerOf(quotes, text, "This is a huge change")).isEqualTo("Yaw Darko");
    assertThat(speakerOf(quotes, text, "By decree")).isEqualTo("Yaw Darko");
  }

  @Test
  void aGroupWhosePastTenseIsTaggedAsAParticipleIntroducesAQuoteWithAColon() {
    String text =
        "The Mensah campaign, in a note on the water dispute, worded it even more carefully:"
            + " \"The wells were always meant to be shared by every village.\"";
    assertThat(speakerOf(run(text, MENSAH), text, "The wells were")).isEqualTo("Mensah campaign");
  }
}
