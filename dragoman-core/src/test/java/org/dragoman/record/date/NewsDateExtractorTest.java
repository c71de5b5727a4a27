package org.dragoman.record.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Comment;
import org.dragoman.model.DateMention;
import org.dragoman.model.Page;
import org.dragoman.record.RecordFixtures;
import org.junit.jupiter.api.Test;

class NewsDateExtractorTest extends DateExtractorContractTest {
  private final NewsDateExtractor dates = new NewsDateExtractor();

  @Override
  protected DateExtractor extractor() {
    return dates;
  }

  private Dating extract(Page page) {
    return dates.extract(page, RecordFixtures.annotate(page.text()));
  }

  /** text → value of every date found, in text order. */
  private static Map<String, String> values(Dating dating) {
    Map<String, String> m = new LinkedHashMap<>();
    for (DateMention d : dating.dates()) {
      m.put(d.text(), d.value());
    }
    return m;
  }

  @Test
  void writtenDatesInEveryCommonFormat() {
    Dating d =
        extract(
            "The accord was signed on October 21, 2005 in Vienna. Talks resumed on 3 March 2006 and"
                + " again on 2006-04-07. A draft dated 10/21/2005 leaked. The treaty of 21.10.2004"
                + " expired in October 2007.",
            null);
    assertThat(values(d))
        .containsEntry("October 21, 2005", "2005-10-21")
        .containsEntry("3 March 2006", "2006-03-03")
        .containsEntry("2006-04-07", "2006-04-07")
        .containsEntry("10/21/2005", "2005-10-21")
        .containsEntry("21.10.2004", "2004-10-21")
        .containsEntry("October 2007", "2007-10");
  }

  @Test
  void spansAreTheDatesAsWritten() {
    String text = "The minister arrived on Oct. 21 and left on 23 October.";
    Dating d = extract(text, "2009-10-24");
    assertThat(d.dates()).hasSize(2);
    for (DateMention m : d.dates()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(values(d))
        .containsEntry("Oct. 21", "2009-10-21")
        .containsEntry("23 October", "2009-10-23");
  }

  @Test
  void yearsButNotAmountsCountsOrNumbers() {
    Dating d =
        extract(
            "Trade may exceed $2 billion in 2005. The forum has 2991 posts and about 2000"
                + " members. Nothing like it happened since 2004, and 2003's budget was smaller."
                + " Call 555-2010 or see Issue 2008. He served from 2000-2001.",
            null);
    assertThat(values(d).keySet()).containsExactly("2005", "2004", "2003", "2000", "2001");
    assertThat(values(d)).containsEntry("2004", "2004").containsEntry("2003", "2003");
  }

  @Test
  void monthDayTakesTheYearClosestToTheDocumentDate() {
    Dating d =
        extract("The ceasefire began on December 30 and held until January 4.", "2010-01-06");
    assertThat(values(d))
        .containsEntry("December 30", "2009-12-30")
        .containsEntry("January 4", "2010-01-04");
  }

  @Test
  void futureClausesLookAheadAndPastClausesLookBack() {
    Dating d =
        extract(
            "The summit will open on January 20. The last one took place on November 28.",
            "2011-12-15");
    assertThat(values(d))
        .containsEntry("January 20", "2012-01-20")
        .containsEntry("November 28", "2011-11-28");
  }

  @Test
  void aPastClauseLooksBackOnlyWithinReachAndCitedItemsAlwaysLookBack() {
    Dating d =
        extract(
            "Sanders challenged Clinton to debate him on April 14. The vote was scheduled for"
                + " April 19. Turnout fell on March 28 (Daily Herald, April 9).",
            "2016-04-05");
    assertThat(values(d))
        .containsEntry("April 14", "2016-04-14")
        .containsEntry("April 19", "2016-04-19")
        .containsEntry("March 28", "2016-03-28")
        .containsEntry("April 9", "2015-04-09");
  }

  @Test
  void weekdaysAndYesterdayAgainstAStatedDate() {
    // 2005-10-21 was a Friday
    Dating d =
        extract(
            "The talks ended on Tuesday. The envoy said yesterday that a vote will be held next"
                + " Monday.",
            "2005-10-21");
    assertThat(values(d))
        .containsEntry("Tuesday", "2005-10-18")
        .containsEntry("yesterday", "2005-10-20")
        .containsEntry("next Monday", "2005-10-24");
  }

  @Test
  void presentAndPlannedWeekdaysLookToTheNearestDay() {
    // 2023-03-03 was a Friday
    Dating d =
        extract(
            "The envoy is due to fly to Riga on Saturday. He returns home on Monday. Talks opened"
                + " on Wednesday.",
            "2023-03-03");
    assertThat(values(d))
        .containsEntry("Saturday", "2023-03-04")
        .containsEntry("Monday", "2023-03-06")
        .containsEntry("Wednesday", "2023-03-01");
  }

  @Test
  void relativeMonthsAndMonthsAfterFor() {
    Dating d =
        extract(
            "Prices fell last month. The next round is scheduled for May, the third this month.",
            "2023-01-20");
    assertThat(values(d))
        .containsEntry("last month", "2022-12")
        .containsEntry("May", "2023-05")
        .containsEntry("this month", "2023-01");
  }

  @Test
  void weekdaysNeedAStatedDay() {
    Dating d = extract("The talks ended on Tuesday in 2005.", null);
    assertThat(values(d)).containsOnlyKeys("2005");
  }

  @Test
  void pageDateIsKeptWithItsEvidence() {
    Dating d = extract("The vote was held on March 3 (Reuters, March 4).", "2007-03-05");
    assertThat(d.published()).isEqualTo("2007-03-05");
    assertThat(d.publishedEvidence()).isEqualTo("byline");
  }

  @Test
  void undatedDocumentGetsTheYearAndEarliestDateFromWhatItCites() {
    Dating d =
        extract(
            "Ties were cut in 1998 and restored in 2003. The envoy arrived on May 12 (Interfax,"
                + " May 12; see the Daily Herald, May 14). Officials said trade may double by"
                + " 2010.",
            null);
    assertThat(values(d))
        .containsEntry("May 12", "2003-05-12")
        .containsEntry("May 14", "2003-05-14")
        .containsEntry("2010", "2010");
    assertThat(d.published()).isEqualTo("2003-05-14");
    assertThat(d.publishedEvidence())
        .startsWith("inferred:")
        .contains("May 14 (2003-05-14)")
        .contains("year 2003");
  }

  @Test
  void aForecastForTheNextYearMakesItTheYearButAFarForecastDoesNot() {
    Dating d =
        extract(
            "Exports grew in 2004. Officials expect they will double in 2005 (Itar-Tass, June"
                + " 2).",
            null);
    assertThat(d.published()).isEqualTo("2005-06-02");
    Dating far =
        extract("The port opened in 2004. Exports will double by 2020 (Itar-Tass, June 2).", null);
    assertThat(far.published()).isEqualTo("2004-06-02");
  }

  @Test
  void aFigureForAWholePastYearMeansThatYearIsOver() {
    Dating d =
        extract(
            "Trade between the two states reached a record in 2022. The envoy arrived on March 3"
                + " (Interfax, March 3).",
            null);
    assertThat(d.published()).isEqualTo("2023-03-03");
    assertThat(values(d)).containsEntry("March 3", "2023-03-03").containsEntry("2022", "2022");
    assertThat(d.publishedEvidence()).contains("whole of 2022");
  }

  @Test
  void anEventInAPastYearDoesNotCloseThatYear() {
    Dating d = extract("Ties were restored in 2022. The envoy arrived on March 3.", null);
    assertThat(values(d)).containsEntry("March 3", "2022-03-03");
  }

  @Test
  void aWeekdayWrittenWithItsDatePinsTheYear() {
    // 2019-03-14 was a Thursday; the first later March 14 on a Tuesday is in 2023
    Dating d =
        extract(
            "Relations were restored in 2019. The envoy arrived on Tuesday, March 14 (Interfax,"
                + " March 14).",
            null);
    assertThat(values(d)).containsEntry("March 14", "2023-03-14");
    assertThat(d.published()).isEqualTo("2023-03-14");
    assertThat(d.publishedEvidence()).contains("Tuesday");
    Dating agreeing =
        extract("Relations were restored in 2019. The envoy arrived on Thursday, March 14.", null);
    assertThat(values(agreeing)).containsEntry("March 14", "2019-03-14");
  }

  @Test
  void aWeekdayWithItsDateChoosesAmongNeighbouringYears() {
    // page of 2011-12-15; 2011-01-20 was a Thursday, 2012-01-20 a Friday
    Dating d =
        extract("The summit opened on Thursday, January 20, after long delays.", "2011-12-15");
    assertThat(values(d)).containsEntry("January 20", "2011-01-20");
  }

  @Test
  void futureWeekdaysLookAheadAndPastOnesBack() {
    // 2023-03-08 was a Wednesday
    Dating d =
        extract(
            "The ministers will meet on Saturday. Their deputies met on Monday. A vote is to be"
                + " held on Friday.",
            "2023-03-08");
    assertThat(values(d))
        .containsEntry("Saturday", "2023-03-11")
        .containsEntry("Monday", "2023-03-06")
        .containsEntry("Friday", "2023-03-10");
  }

  @Test
  void readerCommentsBoundTheYearFromAbove() {
    Page page =
        RecordFixtures.page(
            "He left in 2001 and returned on April 2. A plan for 2015 was announced.",
            null,
            null,
            null,
            List.of(),
            List.of(new Comment("reader", "2002-05-01T10:00", "Good.")));
    Dating d = extract(page);
    assertThat(values(d)).containsEntry("April 2", "2001-04-02");
    assertThat(d.published()).isEqualTo("2001-04-02");
  }

  @Test
  void yearsOnlyInFutureClausesGiveNoYear() {
    Dating d = extract("Output will double by 2030. The envoy arrives on May 12.", null);
    assertThat(values(d)).containsOnlyKeys("2030");
    assertThat(d.published()).isNull();
  }

  @Test
  void undatedWithoutAnyYearHasNoDate() {
    Dating d = extract("The envoy arrived on May 12 and left on Tuesday.", null);
    assertThat(d.dates()).isEmpty();
    assertThat(d.published()).isNull();
    assertThat(d.publishedEvidence()).isNull();
  }

  @Test
  void monthsAfterAPrepositionButNotTheModalMay() {
    Dating d = extract("Elections may be held in March, as agreed in May.", "2008-01-10");
    assertThat(values(d)).containsOnlyKeys("March", "May");
    assertThat(values(d)).containsEntry("May", "2007-05");
  }

  @Test
  void emptyBodyHasNoDates() {
    Dating d = extract("", "2005-10-21");
    assertThat(d.dates()).isEmpty();
    assertThat(d.published()).isEqualTo("2005-10-21");
  }

  @Test
  void deterministic() {
    String text = "Talks on October 21 (Reuters, October 22) followed the 2004 accord.";
    assertThat(extract(text, null)).isEqualTo(extract(text, null));
  }
}
