package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Statements credited from outside their clause: a parenthetical "as X reported", a "told the
 * session that" after a quotation, and a quote sourced to the medium that interviewed its speaker.
 */
class ReportedClauseTest extends QuoteExtractorContractTest {
  private static final QuoteExtractor EXTRACTOR = new AttributionQuoteExtractor();

  @Override
  protected QuoteExtractor extractor() {
    return EXTRACTOR;
  }

  private static Quote over(List<Quote> quotes, String text, String part) {
    int s = text.indexOf(part);
    int e = s + part.length();
    return quotes.stream()
        .filter(q -> q.start() < e && s < q.end())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote over '" + part + "' in " + quotes));
  }

  @Test
  void asTheHeraldReportedCreditsTheClauseBeforeIt() {
    String text =
        "Asked whether the ministry had dropped the bridge project, as the Herald reported, the"
            + " mayor said only that \"plans change.\"";
    List<Quote> quotes =
        EXTRACTOR.extract(
            page(text),
            language().annotate(text),
            entities(text, new Object[] {"Herald", EntityType.ORGANIZATION, null}),
            List.of());
    Quote claim = over(quotes, text, "dropped the bridge project");
    assertThat(claim.text()).isEqualTo("the ministry had dropped the bridge project");
    assertThat(claim.speaker().name()).isEqualTo("Herald");
    assertThat(claim.cue()).isEqualTo("reported");
  }

  @Test
  void aClauseWithItsOwnSayingVerbKeepsItsSpeaker() {
    String text = "Engineers said the bridge would reopen in June, as the Herald reported.";
    List<Quote> quotes =
        EXTRACTOR.extract(
            page(text),
            language().annotate(text),
            entities(text, new Object[] {"Herald", EntityType.ORGANIZATION, null}),
            List.of());
    assertThat(over(quotes, text, "reopen in June").speaker().name()).isEqualTo("Engineers");
  }

  @Test
  void toldTheAssemblyThatAfterAQuotationOpensItsOwnStatement() {
    String text =
        "Farmers said the price \"will ruin the small growers.\" Agriculture Minister Ilse Brandt"
            + " told the assembly that new subsidies were being drafted.";
    List<Quote> quotes =
        EXTRACTOR.extract(
            page(text),
            language().annotate(text),
            entities(text, new Object[] {"Ilse Brandt", EntityType.PERSON, "Agriculture Minister"}),
            List.of());
    assertThat(over(quotes, text, "will ruin").speaker().name()).isEqualTo("Farmers");
    Quote told = over(quotes, text, "new subsidies were being drafted");
    assertThat(told.speaker().name()).isEqualTo("Ilse Brandt");
    assertThat(told.cue()).isEqualTo("told");
  }

  @Test
  void aQuoteGivenInAnInterviewCarriesTheInterviewersCitation() {
    String text =
        "\"We will not sell the port,\" Brandt said in an interview with the weekly Ogonyok.";
    int at = text.indexOf("an interview");
    String phrase = "an interview with the weekly Ogonyok";
    Citation interview =
        new Citation(
            "c1",
            phrase,
            at,
            at + phrase.length(),
            "Ogonyok",
            null,
            CitationKind.ATTRIBUTION,
            null);
    List<Quote> quotes =
        EXTRACTOR.extract(
            page(text),
            language().annotate(text),
            entities(text, new Object[] {"Ilse Brandt", EntityType.PERSON, null, "Brandt"}),
            List.of(interview));
    assertThat(over(quotes, text, "sell the port").citations()).containsExactly("c1");
  }
}
