package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * A statement whose content would run over a second attribution in the same sentence ends before
 * it, and the second attribution is found with its own speaker. Invented sentences.
 */
class SecondAttributionTest extends QuoteExtractorContractTest {
  private static final QuoteExtractor EXTRACTOR = new AttributionQuoteExtractor();

  private static final Object[] FERNANDEZ = {
    "Maria Fernandez", EntityType.PERSON, null, "Fernandez"
  };
  private static final Object[] OKAFOR = {"Daniel Okafor", EntityType.PERSON, null, "Okafor"};
  private static final Object[] HARBOUR_BOARD = {
    "Harbour Board", EntityType.ORGANIZATION, null, "Harbour Board"
  };

  @Override
  protected QuoteExtractor extractor() {
    return EXTRACTOR;
  }

  private List<Quote> run(String text) {
    List<Quote> quotes =
        EXTRACTOR.extract(
            page(text),
            language().annotate(text),
            entities(text, FERNANDEZ, OKAFOR, HARBOUR_BOARD),
            List.of());
    return quotes;
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void aSecondSpeakerAfterAndHasHisOwnStatement() {
    List<Quote> quotes =
        run(
            "Maria Fernandez said the ferry fares would rise next spring, and Daniel Okafor"
                + " argued that the port could not afford another increase.");
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly(
            "the ferry fares would rise next spring", "the port could not afford another increase");
    assertThat(quotes)
        .extracting(SecondAttributionTest::speaker)
        .containsExactly("Maria Fernandez", "Daniel Okafor");
  }

  @Test
  void aParentheticalCueEndsBeforeAWhileClauseWithItsOwnSpeaker() {
    List<Quote> quotes =
        run(
            "The tunnel is far too costly, Okafor said on Monday, while Maria Fernandez warned"
                + " that delays would hurt the fishermen.");
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("The tunnel is far too costly", "delays would hurt the fishermen");
    assertThat(quotes)
        .extracting(SecondAttributionTest::speaker)
        .containsExactly("Daniel Okafor", "Maria Fernandez");
  }

  @Test
  void aSemicolonThenAnOrganizationThatReports() {
    List<Quote> quotes =
        run(
            "Daniel Okafor said the dredging would start in June; the Harbour Board insisted"
                + " that no permit had been issued.");
    assertThat(quotes)
        .extracting(SecondAttributionTest::speaker)
        .containsExactly("Daniel Okafor", "Harbour Board");
    assertThat(quotes.get(0).text()).isEqualTo("the dredging would start in June");
  }

  @Test
  void anObjectEndsBeforeAnAndClauseWhoseSubjectReports() {
    List<Quote> quotes =
        run(
            "Maria Fernandez praised the new ferry and the union in Lagos later claimed that the"
                + " ferry was unsafe.");
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("the new ferry", "the ferry was unsafe");
    assertThat(speaker(quotes.get(0))).isEqualTo("Maria Fernandez");
    assertThat(speaker(quotes.get(1))).contains("union");
  }

  @Test
  void aPartOfAGroupSaysTheSameAfterWhile() {
    List<Quote> quotes =
        run(
            "Maria Fernandez said the ferries would run again, while only 30 percent of"
                + " Republicans say the same of Okafor.");
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("the ferries would run again", "the same of Okafor");
    assertThat(speaker(quotes.get(1))).isEqualTo("30 percent of Republicans");
  }

  @Test
  void aCommaInsideTheClosingMarkEndsTheContentBeforeTheNextSpeaker() {
    List<Quote> quotes =
        run("Daniel Okafor called the toll “unfair,” and Maria Fernandez said that it would stay.");
    assertThat(quotes).extracting(Quote::text).contains("it would stay");
    assertThat(quotes.get(0).text()).doesNotContain("Fernandez");
    assertThat(speaker(quotes.get(quotes.size() - 1))).isEqualTo("Maria Fernandez");
  }

  @Test
  void aRelativeClauseOrAnObjectIsNoSecondAttribution() {
    List<Quote> relative =
        run(
            "Maria Fernandez said that the dockers, who argued for higher pay, would get a raise in"
                + " the autumn.");
    assertThat(relative).hasSize(1);
    assertThat(relative.get(0).text())
        .isEqualTo("the dockers, who argued for higher pay, would get a raise in the autumn");
    List<Quote> object =
        run("Maria Fernandez said the ferries were late and the harbour lights were broken.");
    assertThat(object).hasSize(1);
    assertThat(object.get(0).text())
        .isEqualTo("the ferries were late and the harbour lights were broken");
  }
}
