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
        "March 3; --03-03",
        "21. Oktober 2005; 2005-10-21",
        "Montag, 3. März 2008, 14:05 Uhr; 2008-03-03T14:05",
        "1er mars 2020; 2020-03-01",
        "21 de octubre de 2005; 2005-10-21",
        "3 dicembre 2019; 2019-12-03"
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
        "the 2005 season",
        "Prices may 20 percent higher",
        "el mar 2 veces"
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
