package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.dragoman.model.Publication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationHeaderParserTest {
  private final PublicationHeaderParser headers = new PublicationHeaderParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "Publication: Caspian Energy Review Volume: 7 Issue: 42; Caspian Energy Review; 7; 42",
        "Caspian Energy Review, Vol. 7, No. 42; Caspian Energy Review; 7; 42",
        "Caspian Energy Review Volume 7, Issue 42, June 12, 2009; Caspian Energy Review; 7; 42",
        "Volume 7, Issue 42; -; 7; 42",
        "Journal: Steppe Quarterly; Steppe Quarterly; -; -",
        "Steppe Quarterly | Issue #12; Steppe Quarterly; -; 12",
        "Steppe Quarterly, No. 12, 3 May 2004 - 9 May 2004; Steppe Quarterly; -; 12"
      })
  void readsHeaders(String line, String name, Integer volume, Integer issue) {
    assertThat(headers.parse(line)).contains(new Publication(name, volume, issue));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Lavrov in Central Asia",
        "The ministry said the issue of transit fees was not on the agenda for volume reasons",
        "by Nathan Example on 10/21/2005"
      })
  void rejectsOtherLines(String line) {
    assertThat(headers.parse(line)).isEmpty();
  }
}
