package org.dragoman.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords.Kind;
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

  @Test
  void everyLanguageHasTwelveMonthsAndSevenWeekdays() {
    assertThat(CalendarWords.LANGUAGES).contains("en", "de", "fr", "es", "it", "pt", "nl", "ru");
    for (String language : CalendarWords.LANGUAGES) {
      for (Kind kind : Kind.values()) {
        assertThat(
                CalendarWords.WORDS.stream()
                    .filter(w -> w.language().equals(language) && w.kind() == kind)
                    .map(CalendarWords.Word::number)
                    .distinct()
                    .count())
            .as(language + " " + kind)
            .isEqualTo(kind == Kind.MONTH ? 12 : 7);
      }
    }
    assertThat(CalendarWords.WORDS)
        .allSatisfy(
            w -> assertThat(w.word()).isEqualTo(w.word().toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void monthNumbersReadNamesAndAbbreviationsOfTheLanguagesAsked() {
    assertThat(CalendarWords.monthNumbers())
        .containsEntry("oktober", 10)
        .containsEntry("okt", 10)
        .containsEntry("jänner", 1)
        .containsEntry("décembre", 12)
        .containsEntry("октября", 10)
        .containsEntry("mei", 5);
    assertThat(CalendarWords.monthNumbers(Set.of("en")))
        .containsEntry("sept", 9)
        .containsEntry("may", 5)
        .doesNotContainKey("mai");
  }

  @Test
  void alternationPutsLongerWordsFirstSoThePrefixNeverWins() {
    String alternation = CalendarWords.alternation(List.of("sep", "september", "sept"));
    assertThat(alternation).isEqualTo("september|sept|sep");
    assertThat(Pattern.compile("(?:" + alternation + ")").matcher("september").lookingAt())
        .isTrue();
    assertThat(CalendarWords.alternation(List.of("segunda-feira")))
        .isEqualTo("\\Qsegunda-feira\\E");
    assertThat(CalendarWords.capitalized("october")).isEqualTo("October");
  }
}
