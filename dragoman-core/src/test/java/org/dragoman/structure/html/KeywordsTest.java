package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  private final Keywords keywords = new Keywords("share <nav", "=comments <tag>", "comment}");

  @Test
  void wordsMatchAnywhereUnlessMarked() {
    assertThat(keywords.match("social-share-bar")).isEqualTo(1);
    assertThat(keywords.match("navbar")).isEqualTo(1);
    assertThat(keywords.match("subnav")).isZero();
  }

  @Test
  void anExactWordMatchesOnlyTheWholeName() {
    assertThat(keywords.match("comments")).isEqualTo(2);
    assertThat(keywords.match("comments-area")).isZero();
    assertThat(keywords.match("no-comments")).isZero();
    assertThat(keywords.match("tag")).isEqualTo(2);
  }

  @Test
  void aWordMayNeedNeitherLetterNorHyphenAfterIt() {
    assertThat(keywords.match("comment")).isEqualTo(4);
    assertThat(keywords.match("comment_1")).isEqualTo(4);
    assertThat(keywords.match("comment-body")).isZero();
  }

  @Test
  void wordsInsideOtherWordsAreFound() {
    Keywords nested = new Keywords("abcd", "bc", "<cd>", "=bcd", "ab} <abc");
    assertThat(nested.match("abcd")).isEqualTo(1 | 2 | 16);
    assertThat(nested.match("xbcd")).isEqualTo(2);
    assertThat(nested.match("x-cd")).isEqualTo(4);
    assertThat(nested.match("bcd")).isEqualTo(2 | 8);
    assertThat(nested.match("abab")).isEqualTo(16);
  }

  @Test
  void aRegionReadsItsCapitalsAsSmallLetters() {
    assertThat(keywords.match("x Social-SHARE y", 2, 14)).isEqualTo(1);
    assertThat(keywords.match("x Comments y", 2, 10)).isEqualTo(2);
    assertThat(keywords.match("x Comments y", 2, 11)).isZero();
    assertThat(keywords.match("NAV", 0, 3)).isEqualTo(1);
    assertThat(keywords.match("SubNav", 0, 6)).isZero();
  }

  @Test
  void matchesWhatAWordByWordSearchFinds() {
    String[] specs = {"ab <ba cab>", "=abc bb} <aa>", "ca acab <bc}", "abcab"};
    Keywords lists = new Keywords(specs);
    Random random = new Random(7);
    String alphabet = "abcAB- x";
    for (int n = 0; n < 3000; n++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = "<" + name + ">";
      String lower = name.toString().toLowerCase(Locale.ROOT);
      int expected = byWords(specs, lower);
      assertThat(lists.match(lower)).as(lower).isEqualTo(expected);
      assertThat(lists.match(text, 1, text.length() - 1)).as(text).isEqualTo(expected);
    }
  }

  /** The lists that have a word in the name, found by trying each word at each position. */
  private static int byWords(String[] specs, String name) {
    int found = 0;
    for (int list = 0; list < specs.length; list++) {
      for (String spec : specs[list].split(" ")) {
        boolean exact = spec.startsWith("=");
        String w = exact ? spec.substring(1) : spec;
        boolean before = w.startsWith("<");
        w = before ? w.substring(1) : w;
        boolean after = w.endsWith(">");
        boolean noHyphen = w.endsWith("}");
        w = after || noHyphen ? w.substring(0, w.length() - 1) : w;
        for (int at = name.indexOf(w); at >= 0; at = name.indexOf(w, at + 1)) {
          int end = at + w.length();
          boolean ok =
              (!exact || at == 0 && end == name.length())
                  && (!before || at == 0 || !letter(name.charAt(at - 1)))
                  && (!after || end == name.length() || !letter(name.charAt(end)))
                  && (!noHyphen
                      || end == name.length()
                      || !letter(name.charAt(end)) && name.charAt(end) != '-');
          if (ok) {
            found |= 1 << list;
          }
        }
      }
    }
    return found;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
