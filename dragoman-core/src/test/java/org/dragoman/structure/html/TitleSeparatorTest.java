package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The separator pattern finds what its first, slower form (look-behind first) found. */
class TitleSeparatorTest {
  private static final Pattern LOOK_BEHIND_FIRST =
      Pattern.compile("\\s+[|–—»›·•:/-]\\s+|\\s+::\\s+|\\s*\\|\\s*|(?<=[\\p{IsHan}！？。”])[-_|｜]");

  private static final String[] PIECES = {
    " ",
    "  ",
    "\t",
    "a",
    "Z",
    "|",
    "｜",
    "-",
    "_",
    "–",
    "—",
    "»",
    "›",
    "·",
    "•",
    ":",
    "/",
    "::",
    "标题",
    "网",
    "！",
    "？",
    "。",
    "”",
    "\uD840\uDC00",
    "\uD83D\uDE00",
    "é"
  };

  private static List<String> matches(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  @Test
  void findsTheSameSeparatorsAsTheLookBehindFirstForm() {
    assertThat(matches(TitleCleaner.SEPARATOR, "标题-网站")).containsExactly("2-3");
    assertThat(matches(TitleCleaner.SEPARATOR, "Title - Site")).containsExactly("5-8");
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      assertThat(matches(TitleCleaner.SEPARATOR, s)).as(s).isEqualTo(matches(LOOK_BEHIND_FIRST, s));
    }
  }
}
