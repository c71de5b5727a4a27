package org.dragoman.structure.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {
  private final BylineParser bylines = new BylineParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      value = {
        "by Irina Volkova on 11/03/2008 · 5 comments; Irina Volkova; 2008-11-03",
        "By Irina Volkova; Irina Volkova; -",
        "Posted by Irina Volkova on 3 November 2008; Irina Volkova; 2008-11-03",
        "Posted on November 3, 2008 by Irina Volkova; Irina Volkova; 2008-11-03",
        "Irina Volkova | 03.11.2008; Irina Volkova; 2008-11-03",
        "Written by Irina Volkova; Irina Volkova; -",
        "Author: Irina Volkova; Irina Volkova; -",
        "BY IRINA VOLKOVA, Interfax; IRINA VOLKOVA; -",
        "By Irina Volkova, Staff Correspondent — Nov. 3, 2008 11:38 pm; Irina Volkova; 2008-11-03T23:38",
        "Published: 2008-11-03; -; 2008-11-03",
        "Posted by admin_kz on 2008-11-03 | Leave a comment; admin_kz; 2008-11-03",
        "Von Irina Volkova | 3. November 2008; Irina Volkova; 2008-11-03",
        "Par Irina Volkova, publié le 3 novembre 2008; Irina Volkova; 2008-11-03",
        "Veröffentlicht am 03.11.2008; -; 2008-11-03"
      })
  void readsBylines(String line, String author, String date) {
    Byline b = bylines.parse(line).orElseThrow();
    assertThat(b.authors()).isEqualTo(author == null ? List.of() : List.of(author));
    assertThat(b.published()).isEqualTo(date);
  }

  @Test
  void readsSeveralAuthors() {
    assertThat(bylines.parse("By Anna Petrova, Ruslan Akhmetov and Li Wei").orElseThrow().authors())
        .containsExactly("Anna Petrova", "Ruslan Akhmetov", "Li Wei");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Lavrov in Central Asia",
        "Moscow Calling",
        "The talks were held on October 21, 2005 in Tashkent.",
        "By the end of the week nothing had changed",
        "This post was written by..."
      })
  void rejectsWhatIsNotABylineLine(String line) {
    assertThat(bylines.parse(line)).isEmpty();
  }
}
