package org.dragoman.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
  @Test
  void monthsWeekdaysAndAbbreviationsAreLowerCaseAndComplete() {
    assertThat(CalendarWords.MONTHS).hasSize(12).contains("january", "may", "december");
    assertThat(CalendarWords.WEEKDAYS).hasSize(7).contains("monday", "sunday");
    assertThat(CalendarWords.MONTH_ABBREVIATIONS).contains("jan", "sept").doesNotContain("may");
  }

  @Test
  void unionJoinsSetsThatOverlap() {
    assertThat(WordSets.union(Set.of("today", "monday"), CalendarWords.WEEKDAYS))
        .hasSize(8)
        .contains("today", "monday", "friday");
  }
}
