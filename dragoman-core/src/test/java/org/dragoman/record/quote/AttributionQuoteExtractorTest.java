package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** The attribution rules, each on a short invented example, plus the extractor contract. */
class AttributionQuoteExtractorTest extends QuoteExtractorContractTest {
  private static final QuoteExtractor EXTRACTOR = new AttributionQuoteExtractor();

  private static final Object[] FERNANDEZ = {
    "Maria Fernandez", EntityType.PERSON, "Finance Minister", "Fernandez"
  };
  private static final Object[] OKAFOR = {"Daniel Okafor", EntityType.PERSON, null, "Okafor"};

  @Override
  protected QuoteExtractor extractor() {
    return EXTRACTOR;
  }

  private List<Quote> run(String text, Object[]... entities) {
    return run(text, List.of(), entities);
  }

  private List<Quote> run(String text, List<Citation> citations, Object[]... entities) {
    List<Entity> found = entities(text, entities);
    return EXTRACTOR.extract(page(text), language().annotate(text), found, citations);
  }

  /** The quote whose span overlaps the first occurrence of {@code part}. */
  private static Quote at(List<Quote> quotes, String text, String part) {
    int s = text.indexOf(part);
    assertThat(s).as("'%s' in the test text", part).isGreaterThanOrEqualTo(0);
    int e = s + part.length();
    return quotes.stream()
        .filter(q -> q.start() < e && s < q.end())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote over '" + part + "' in " + quotes));
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void transcriptLabelSpeaksItsParagraph() {
    String text =
        "Interview with the minister.\n\n"
            + "HOST: Will prices fall?\n\n"
            + "FERNANDEZ: I think they will fall next year. The harvest was good.";
    Quote q = at(run(text, FERNANDEZ), text, "I think they will fall");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
    assertThat(q.text()).contains("The harvest was good");
  }

  @Test
  void aHeadlineInCapitalsIsNoTranscriptLabel() {
    String text = "Talks stall.\n\nBREAKING: the ministers left the room before noon today.";
    assertThat(run(text, FERNANDEZ)).isEmpty();
  }

  @Test
  void subjectBeforeAParenthesisSpeaks() {
    String text = "In Lagos, Nigeria, Daniel Okafor (Ports), said the ships would sail on Friday.";
    Quote q = at(run(text, OKAFOR), text, "the ships would sail");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void appositionBetweenDashesAndAParticipleClause() {
    String text =
        "Daniel Okafor — a pilot from Lagos — said the ships would sail. Maria Fernandez,"
            + " celebrating a win in her home town of Lagos, is pledging to cut taxes next year.";
    List<Quote> quotes = run(text, OKAFOR, FERNANDEZ);
    assertThat(speaker(at(quotes, text, "the ships would sail"))).isEqualTo("Daniel Okafor");
    assertThat(speaker(at(quotes, text, "cut taxes"))).isEqualTo("Maria Fernandez");
  }

  @Test
  void aNamedSubjectAndAnyVerbAfterAQuotationEndingInAComma() {
    String text = "“Let me help you out with the numbers,” Okafor joked on stage in the evening.";
    Quote q = at(run(text, OKAFOR), text, "Let me help you");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void aQuoteOpeningTheParagraphAfterAStatementThatClosedThePrevious() {
    String text =
        "Daniel Okafor said the port had been closed for a week.\n\n"
            + "“We tried everything we could to open it again before the storm.”";
    Quote q = at(run(text, OKAFOR), text, "We tried everything");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void accordingToAResultNamesTheOrganizationBehindIt() {
    String text =
        "According to early results of a survey conducted by Gallup, most voters want lower"
            + " taxes.";
    Quote q =
        at(
            run(text, new Object[] {"Gallup", EntityType.ORGANIZATION, null, "Gallup"}),
            text,
            "most voters want");
    assertThat(speaker(q)).isEqualTo("Gallup");
  }

  @Test
  void quoteOpeningTheSentenceAfterAPersonSubject() {
    String text =
        "Daniel Okafor announced the new schedule on Monday. “The ships will sail before the"
            + " storm arrives in the bay.”";
    Quote q = at(run(text, OKAFOR), text, "The ships will sail");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void invertedCueAfterADirectQuote() {
    String text = "Maria Fernandez flew in.\n\n“Prices will fall next year,” said Fernandez.";
    Quote q = at(run(text, FERNANDEZ), text, "Prices will fall");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("Prices will fall next year,");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
    assertThat(q.speaker().entity()).isEqualTo("e1");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void aCueAfterAFrontedPhraseReportsWhatFollowsNotWhatPrecedes() {
    String text =
        "In a statement read on television, Okafor said the port “cannot wait for another"
            + " season.” Maria Fernandez flew in on Monday.";
    List<Quote> quotes = run(text, OKAFOR, FERNANDEZ);
    Quote q = at(quotes, text, "cannot wait");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
    assertThat(quotes).noneMatch(x -> x.text().contains("statement read on television"));
  }

  @Test
  void aBareClauseWithALongSubjectAfterSaid() {
    String text =
        "Okafor said a joint committee between the Port Authority of Lagos and the Customs"
            + " Service would meet in May.";
    Quote q = at(run(text, OKAFOR), text, "would meet in May");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.text()).startsWith("a joint committee between");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void postposedCueAfterAQuoteOfTwoSentences() {
    String text = "“We are ready. The ships can sail,” Okafor told reporters on Monday.";
    Quote q = at(run(text, OKAFOR), text, "We are ready");
    assertThat(q.text()).isEqualTo("We are ready. The ships can sail,");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
    assertThat(q.cue()).isEqualTo("told");
    assertThat(q.evidence().of(text)).contains("Okafor told reporters");
  }

  @Test
  void quoteContinuesIntoTheNextParagraphThatOpensWithAMark() {
    String text =
        "Daniel Okafor said: “The first ships arrive on Friday.\n\n"
            + "“The rest will follow when the cranes are repaired.”";
    List<Quote> quotes = run(text, OKAFOR);
    Quote q = at(quotes, text, "The first ships");
    assertThat(q.text()).startsWith("The first ships").endsWith("cranes are repaired.");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
    assertThat(quotes).hasSize(1);
  }

  @Test
  void reportedClauseWithThat() {
    String text = "Daniel Okafor hinted that the port would reopen before May.";
    Quote q = at(run(text, OKAFOR), text, "the port would reopen");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.text()).isEqualTo("the port would reopen before May");
    assertThat(q.cue()).isEqualTo("hinted");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void tellTakesAnObjectBeforeTheClause() {
    String text = "Maria Fernandez told the audience that the tariff would stay.";
    Quote q = at(run(text, FERNANDEZ), text, "the tariff would stay");
    assertThat(q.text()).isEqualTo("the tariff would stay");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
  }

  @Test
  void accordingToBeforeAndAfterTheClause() {
    String text =
        "According to Daniel Okafor, the backlog has halved. Exports will recover, according to"
            + " Okafor.";
    List<Quote> quotes = run(text, OKAFOR);
    Quote first = at(quotes, text, "the backlog has halved");
    assertThat(speaker(first)).isEqualTo("Daniel Okafor");
    assertThat(first.cue()).isEqualTo("According to");
    Quote second = at(quotes, text, "Exports will recover");
    assertThat(speaker(second)).isEqualTo("Daniel Okafor");
    assertThat(second.text()).isEqualTo("Exports will recover");
  }

  @Test
  void mixedQuoteInsideAReportedClauseWithAPronounSubject() {
    String text =
        "Maria Fernandez met Okafor's deputy in the morning. She observed that the talks rested on"
            + " “mutual patience,” a phrase her aides repeated.";
    Quote q = at(run(text, FERNANDEZ, OKAFOR), text, "mutual patience");
    assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(q.text()).startsWith("the talks rested on “mutual patience,”");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
  }

  @Test
  void pronounSkipsPersonsNamedOnlyInPossessivesAndObjects() {
    String text =
        "Daniel Okafor opened the meeting. Later he greeted Fernandez and Fernandez's aides. He"
            + " explained that the cranes “may be repaired by June.”";
    Quote q = at(run(text, FERNANDEZ, OKAFOR), text, "may be repaired");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void roleNounNamesThePersonWithThatRole() {
    String text =
        "Maria Fernandez and Daniel Okafor met on Monday.\n\n"
            + "“The port will open,” the minister said.";
    Quote q = at(run(text, FERNANDEZ, OKAFOR), text, "The port will open");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
  }

  @Test
  void scareQuotesWithoutACueHaveNoSpeaker() {
    String text =
        "Maria Fernandez spoke first. The so-called “green corridor” opened last week, and talk of"
            + " “strategic” ties grew.";
    List<Quote> quotes = run(text, FERNANDEZ);
    for (String term : List.of("green corridor", "strategic")) {
      Quote q = at(quotes, text, term);
      assertThat(q.speaker()).as(term).isNull();
      assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
      assertThat(q.confidence()).isLessThan(0.5);
    }
  }

  @Test
  void groupsThatAreNoEntitySpeakWithoutAnEntityId() {
    String text = "Local traders say the new tariff will hurt small shops.";
    Quote q = at(run(text), text, "the new tariff");
    assertThat(q.speaker().entity()).isNull();
    assertThat(speaker(q)).isEqualTo("Local traders");
  }

  @Test
  void theOwnerOfAReportSpeaks() {
    String text = "The Meridian Institute's report on the dispute mentions that exports fell.";
    Quote q =
        at(
            run(text, new Object[] {"Meridian Institute", EntityType.ORGANIZATION, null}),
            text,
            "exports fell");
    assertThat(speaker(q)).isEqualTo("Meridian Institute");
    assertThat(q.cue()).isEqualTo("mentions");
  }

  @Test
  void aQuoteWithoutCueContinuesTheSpeakerOfItsParagraph() {
    String text = "“We will not wait,” Okafor said. “The harbour must open this month.”";
    List<Quote> quotes = run(text, OKAFOR);
    assertThat(speaker(at(quotes, text, "The harbour must open"))).isEqualTo("Daniel Okafor");
  }

  @Test
  void aQuoteAfterTheCueBelongsToTheSameSpeaker() {
    String text = "“Believe me,” Fernandez said, “the numbers will improve.”";
    List<Quote> quotes = run(text, FERNANDEZ);
    assertThat(speaker(at(quotes, text, "the numbers will improve"))).isEqualTo("Maria Fernandez");
  }

  @Test
  void blockQuoteTakesTheSpeakerOfItsIntroduction() {
    String text = "Daniel Okafor wrote:\n\nThe harbour is our lifeline and it must stay open.";
    int blockStart = text.indexOf("The harbour");
    Page page =
        new Page(
            null,
            List.of(),
            null,
            null,
            null,
            null,
            text,
            List.of(
                new Block(BlockKind.PARAGRAPH, 0, text.indexOf("\n")),
                new Block(BlockKind.BLOCKQUOTE, blockStart, text.length())),
            List.of(),
            List.of());
    List<Quote> quotes =
        EXTRACTOR.extract(page, language().annotate(text), entities(text, OKAFOR), List.of());
    Quote q = at(quotes, text, "lifeline");
    assertThat(q.kind()).isEqualTo(QuoteKind.BLOCK);
    assertThat(q.start()).isEqualTo(blockStart);
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void aParentheticalSourceListSourcesTheQuotesOfItsParagraph() {
    String text =
        "“Trade is growing,” Okafor noted. He added that tolls would fall (Harbour Gazette, May"
            + " 3).\n\nOkafor later said that nothing had changed.";
    int c = text.indexOf("(Harbour");
    Citation gazette =
        new Citation(
            "c1",
            "(Harbour Gazette, May 3)",
            c,
            c + "(Harbour Gazette, May 3)".length(),
            "Harbour Gazette",
            null,
            CitationKind.ATTRIBUTION,
            null);
    List<Quote> quotes = run(text, List.of(gazette), OKAFOR);
    assertThat(at(quotes, text, "Trade is growing").citations()).containsExactly("c1");
    assertThat(at(quotes, text, "tolls would fall").citations()).containsExactly("c1");
    assertThat(at(quotes, text, "nothing had changed").citations()).isEmpty();
  }

  @Test
  void straightQuotesWorkLikeCurlyOnes() {
    String text = "\"We are ready,\" said Daniel Okafor.";
    Quote q = at(run(text, OKAFOR), text, "We are ready");
    assertThat(q.text()).isEqualTo("We are ready,");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void headlineColonNamesTheSource() {
    String text = "Okafor: The Harbour Will Reopen in May\n\nDaniel Okafor spoke on Monday.";
    Quote q = at(run(text, OKAFOR), text, "The Harbour Will Reopen");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }
}
