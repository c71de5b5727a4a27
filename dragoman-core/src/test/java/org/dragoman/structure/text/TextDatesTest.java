package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDatesTest {
  private final TextDates dates = new TextDates();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "10/21/2005; 2005-10-21",
        "21/10/2005; 2005-10-21",
        "10/21/05; 2005-10-21",
        "21.10.2005; 2005-10-21",
        "2005-10-21; 2005-10-21",
        "2005/10/21; 2005-10-21",
        "October 21, 2005; 2005-10-21",
        "Oct. 21, 2005; 2005-10-21",
        "Sept. 3 2005; 2005-09-03",
        "21 October 2005; 2005-10-21",
        "21st of October, 2005; 2005-10-21",
        "Friday, October 21st, 2005; 2005-10-21",
        "October 21, 2005 at 11:38 pm; 2005-10-21T23:38",
        "October 22, 2005 at 5:44 pm; 2005-10-22T17:44",
        "21.10.2005 23:05; 2005-10-21T23:05",
        "2005-10-21 08:30 UTC; 2005-10-21T08:30",
        "12:15 a.m., March 3, 2011; 2011-03-03T00:15",
        "March 3; --03-03"
      })
  void readsCommonFormats(String text, String value) {
    assertThat(dates.find(text)).get().extracting(FoundDate::value).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Trade may exceed $2 billion",
        "31/31/2005",
        "February 30, 2005",
        "version 1.2.3",
        "the 2005 season"
      })
  void ignoresWhatIsNotADate(String text) {
    assertThat(dates.find(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"October 21, 2005; true", "Published October 21, 2005; false", " 21.10.2005 ; true"})
  void tellsALineThatIsOnlyADate(String text, boolean only) {
    assertThat(dates.isOnlyDate(text)).isEqualTo(only);
  }
}
