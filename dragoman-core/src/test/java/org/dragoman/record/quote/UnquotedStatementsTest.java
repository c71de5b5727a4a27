package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Statements without quotation marks, one rule per test on a short invented sentence: objects of
 * reporting verbs, question words, infinitives, reporting nouns, non-finite cues and impersonal
 * cues, and where each content ends.
 */
class UnquotedStatementsTest extends QuoteExtractorContractTest {
  private static final QuoteExtractor EXTRACTOR = new AttributionQuoteExtractor();

  private static final Object[] FERNANDEZ = {
    "Maria Fernandez", EntityType.PERSON, null, "Fernandez"
  };
  private static final Object[] OKAFOR = {"Daniel Okafor", EntityType.PERSON, null, "Okafor"};

  @Override
  protected QuoteExtractor extractor() {
    return EXTRACTOR;
  }

  private List<Quote> run(String text) {
    return EXTRACTOR.extract(
        page(text), language().annotate(text), entities(text, FERNANDEZ, OKAFOR), List.of());
  }

  private static Quote only(List<Quote> quotes) {
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void theObjectOfAReportingVerbIsWhatItReports() {
    Quote q = only(run("Maria Fernandez emphasized the harbour's record profits."));
    assertThat(q.text()).isEqualTo("the harbour's record profits");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
  }

  @Test
  void aQuestionWordOpensTheContent() {
    Quote q = only(run("Daniel Okafor explained why the ferries stopped running."));
    assertThat(q.text()).isEqualTo("why the ferries stopped running");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void anInfinitiveIsAnIntention() {
    Quote q = only(run("Maria Fernandez vowed to repeal the port tax."));
    assertThat(q.text()).isEqualTo("to repeal the port tax");
  }

  @Test
  void coordinatedCuesEachReportTheirOwnObject() {
    List<Quote> quotes =
        run("The dock workers' unions condemned the new schedule but praised the pay rise.");
    assertThat(quotes).extracting(Quote::text).containsExactly("the new schedule", "the pay rise");
    assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).contains("unions"));
  }

  @Test
  void aTopicVerbReportsOnlyWhatFollowsATopicPreposition() {
    assertThat(run("Daniel Okafor spoke for an hour at the harbour.")).isEmpty();
    Quote q = only(run("Daniel Okafor spoke about the dredging plan."));
    assertThat(q.text()).isEqualTo("the dredging plan");
  }

  @Test
  void whenAndWhereItWasSaidIsNoContent() {
    assertThat(run("Maria Fernandez said in a statement on Tuesday.")).isEmpty();
    assertThat(run("Maria Fernandez commented on Tuesday.")).isEmpty();
  }

  @Test
  void aVerbWhoseObjectIsNoStatementReportsNothing() {
    assertThat(run("The harbour index added 200 points.")).isEmpty();
  }

  @Test
  void aCueAtTheEndReportsTheWholeSentence() {
    Quote q = only(run("The ministry has asked to join the talks, Daniel Okafor said."));
    assertThat(q.text()).isEqualTo("The ministry has asked to join the talks");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void aReportingNounSpeaksForItsPossessor() {
    Quote q = only(run("Fernandez's pledge to cut harbour fees won applause."));
    assertThat(q.text()).isEqualTo("to cut harbour fees");
    assertThat(speaker(q)).isEqualTo("Maria Fernandez");
  }

  @Test
  void aReportingNounAfterALightVerbSpeaksForItsSubject() {
    Quote q = only(run("Daniel Okafor made an urgent call for a new breakwater."));
    assertThat(q.text()).isEqualTo("a new breakwater");
    assertThat(speaker(q)).isEqualTo("Daniel Okafor");
  }

  @Test
  void anExpectationCreditedToNoOneKeepsItsSubject() {
    Quote q = only(run("The ferry line is expected to resume service in May."));
    assertThat(q.text()).isEqualTo("The ferry line is expected to resume service in May");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void aCueInAPrepositionalGerundTakesTheMainSubject() {
    Quote saying = only(run("Daniel Okafor closed the meeting by saying the port would reopen."));
    assertThat(saying.text()).isEqualTo("the port would reopen");
    assertThat(speaker(saying)).isEqualTo("Daniel Okafor");
  }

  @Test
  void anAdjectivalParticipleDoesNotEndTheClauseSubject() {
    Quote q = only(run("Daniel Okafor said the rising tide had flooded the docks."));
    assertThat(q.text()).isEqualTo("the rising tide had flooded the docks");
  }

  @Test
  void aHorizontalBarSetsOffAnAppositionLikeAnEmDash() {
    for (String dash : List.of("\u2014", "\u2015")) {
      String text =
          "Harbour owners, like Maria Fernandez and Daniel Okafor "
              + dash
              + " two former port wardens "
              + dash
              + " have also said they are backing the levy.";
      assertThat(run(text)).extracting(Quote::text).containsExactly("they are backing the levy");
    }
  }
}
