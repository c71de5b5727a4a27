package org.dragoman.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {
  private static final String TEXT =
      "# a comment\n\nloose\n[verbs]\n  said  \n   # indented comment\n[Nouns]\nclaim\tpledge\n";

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws Exception {
    List<LexiconFile.Line> lines = LexiconFile.read(reader(TEXT), false);
    assertThat(lines).extracting(LexiconFile.Line::number).containsExactly(3, 4, 5, 7, 8);
    assertThat(lines).extracting(LexiconFile.Line::section).containsOnlyNulls();
    assertThat(lines.get(2).raw()).isEqualTo("  said  ");
    assertThat(lines.get(2).text()).isEqualTo("said");
  }

  @Test
  void sectionLinesHeadTheEntriesAfterThem() throws Exception {
    List<LexiconFile.Line> lines = LexiconFile.read(reader(TEXT), true);
    assertThat(lines)
        .extracting(LexiconFile.Line::text)
        .containsExactly("loose", "said", "claim\tpledge");
    assertThat(lines).extracting(LexiconFile.Line::section).containsExactly(null, "verbs", "Nouns");
  }

  @Test
  void readsAResourceNextToItsOwner() {
    assertThat(LexiconFile.texts(LexiconFileTest.class, "lexicon-file-test.txt"))
        .containsExactly("first entry", "second");
  }

  @Test
  void aMissingResourceIsAClearError() {
    assertThatThrownBy(() -> LexiconFile.entries(LexiconFileTest.class, "no-such-file.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource no-such-file.txt next to LexiconFileTest");
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
