package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentHeaderParserTest {
  private final CommentHeaderParser headers = new CommentHeaderParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "kestrel October 21, 2005 at 11:38 pm; kestrel; 2005-10-21T23:38",
        "Mira Sandoval October 22, 2005 at 5:44 pm; Mira Sandoval; 2005-10-22T17:44",
        "Mira Sandoval on 22.10.2005; Mira Sandoval; 2005-10-22",
        "Mira Sandoval | 2005-10-22 17:44 | Reply; Mira Sandoval; 2005-10-22T17:44",
        "On October 22, 2005 at 5:44 pm, Mira Sandoval said:; Mira Sandoval; 2005-10-22T17:44",
        "Comment by Mira Sandoval — 10/22/2005 @ 5:44 pm; Mira Sandoval; 2005-10-22T17:44"
      })
  void readsHeaders(String line, String author, String published) {
    CommentHeader h = headers.parse(line, null).orElseThrow();
    assertThat(h.author()).isEqualTo(author);
    assertThat(h.published()).isEqualTo(published);
  }

  @Test
  void saysLineTakesTheDateFromTheNextLine() {
    CommentHeader h = headers.parse("kestrel says:", "October 21, 2005 at 11:38 pm").orElseThrow();
    assertThat(h.author()).isEqualTo("kestrel");
    assertThat(h.published()).isEqualTo("2005-10-21T23:38");
    assertThat(h.timed()).isTrue();
    assertThat(headers.parse("kestrel says:", "I disagree.").orElseThrow().timed()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "The talks ended on October 21, 2005 at 11:38 pm without a statement.",
        "Parliament on October 21, 2005; ",
        "The minister says:",
        "October 21, 2005 at 11:38 pm"
      })
  void rejectsOtherLines(String line) {
    if (line.startsWith("Parliament")) {
      // a capitalized noun phrase with a date is a header only by its form: it is a dateline
      assertThat(headers.parse(line, null).orElseThrow().timed()).isFalse();
    } else {
      assertThat(headers.parse(line, null)).isEmpty();
    }
  }
}
