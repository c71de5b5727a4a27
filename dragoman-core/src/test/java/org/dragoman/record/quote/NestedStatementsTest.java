package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/** Two reporting layers in one sentence: both statements, each with its own speaker. */
class NestedStatementsTest extends SpeakerRulesTestBase {
  private static Quote over(List<Quote> quotes, String text, String content) {
    int s = text.indexOf(content);
    return quotes.stream()
        .filter(q -> q.start() == s && q.end() == s + content.length())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote on '" + content + "' in " + quotes));
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void aPostposedMediumReportsTheWholeClause() {
    String text = "Tolliver admitted that the grant was misused, the Lakeside Courier reported.";
    List<Quote> quotes =
        run(
            text,
            person("Tolliver"),
            new Object[] {"Lakeside Courier", EntityType.ORGANIZATION, null});
    assertThat(speaker(over(quotes, text, "Tolliver admitted that the grant was misused")))
        .isEqualTo("Lakeside Courier");
    assertThat(speaker(over(quotes, text, "the grant was misused"))).isEqualTo("Tolliver");
  }

  @Test
  void aTrailingAccordingToIsCutFromTheInnerStatement() {
    String text = "Marisol Vance told aides that the plan was dead, according to emails.";
    List<Quote> quotes = run(text, person("Marisol Vance"));
    assertThat(speaker(over(quotes, text, "Marisol Vance told aides that the plan was dead")))
        .isEqualTo("emails");
    assertThat(speaker(over(quotes, text, "the plan was dead"))).isEqualTo("Marisol Vance");
  }

  @Test
  void aReporterCitingSourcesReportsTheirAccount() {
    String text =
        "The Lakeside Courier reported, according to people at the meeting, Tolliver had"
            + " repaid the grant.";
    List<Quote> quotes =
        run(
            text,
            person("Tolliver"),
            new Object[] {"Lakeside Courier", EntityType.ORGANIZATION, null});
    Quote outer =
        over(quotes, text, "according to people at the meeting, Tolliver had repaid the grant");
    assertThat(speaker(outer)).isEqualTo("Lakeside Courier");
    assertThat(speaker(over(quotes, text, "Tolliver had repaid the grant"))).isEqualTo("people");
  }

  @Test
  void aStatementInsideAnotherKeepsItsOwnSpeaker() {
    String text = "According to the Lakeside Courier, Tolliver said the grant was repaid.";
    List<Quote> quotes =
        run(
            text,
            person("Tolliver"),
            new Object[] {"Lakeside Courier", EntityType.ORGANIZATION, null});
    assertThat(speaker(over(quotes, text, "Tolliver said the grant was repaid")))
        .isEqualTo("Lakeside Courier");
    assertThat(speaker(over(quotes, text, "the grant was repaid"))).isEqualTo("Tolliver");
  }

  @Test
  void oneSpeakerIsNeverItsOwnOuterLayer() {
    String text = "Tolliver said the grant was repaid, Tolliver said.";
    List<Quote> quotes = run(text, person("Tolliver"));
    assertThat(quotes).hasSize(1);
  }
}
