package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dragoman.lexicon.LexiconFile;
import org.junit.jupiter.api.Test;

class OpeningCuesTest {
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final String LEAD = "[\\s*\\-\u2013\u2014|(\\[]";
  private static final String PREFIX = "^" + LEAD + "*";
  private static final String SUFFIX = "(?![\\p{L}])";

  private static final List<String> CUES =
      List.of(
          "share",
          "e?mail",
          "kontakt|(?:über|zum) autor",
          "(?:mehr|plus)\\s*[»>]*$",
          "(?:first-time |new )?subscribers get",
          "(?:read|see) more",
          "\\d{2}:\\d{2}",
          "zitat[a|b]",
          "über den autor",
          "\u00dfpecial");

  private final OpeningCues cues = new OpeningCues(CUES, LEAD, SUFFIX);
  private final Pattern whole =
      Pattern.compile(PREFIX + "(?:" + String.join("|", CUES) + ")" + SUFFIX, FLAGS);

  @Test
  void answersAsTheWholeAlternation() {
    List<String> texts =
        List.of(
            "Share this",
            "- SHARE",
            "mail us",
            "Email",
            "Über den Autor",
            "ÜBER DEN AUTOR:",
            "Zum Autor",
            "See more",
            "12:30",
            "  [12:30",
            "zitata",
            "zitat|",
            "\u00dfpecial",
            "Sharing is caring",
            "shares",
            "",
            "- ",
            "\u212aontakt",
            "Kontakt",
            "Mehr »",
            "plus",
            "pluses",
            "New subscribers get",
            "Subscribers get",
            "first-time subscribers get",
            "time subscribers get",
            "\ud83d\udcf0 share",
            "- \ud83d\udcf0 share",
            "\u2014\u00a0Share",
            "\u2003share");
    for (String t : texts) {
      assertThat(cues.lookingAt(t)).as(t).isEqualTo(whole.matcher(t).lookingAt());
      assertThat(cues.matches(t)).as(t).isEqualTo(whole.matcher(t).matches());
    }
    assertThat(cues.lookingAt("Über den Autor")).isTrue();
    assertThat(cues.lookingAt("mail us")).isTrue();
    assertThat(cues.lookingAt("\u212aontakt")).isTrue();
    assertThat(cues.lookingAt("Sharing is caring")).isFalse();
  }

  @Test
  void aCueOpensWithTheLettersItsAlternativesOpenWith() {
    assertThat(OpeningCues.openingLetters("share")).containsExactly((int) 's');
    assertThat(OpeningCues.openingLetters("Über")).containsExactly((int) 'ü');
    assertThat(OpeningCues.openingLetters("kontakt|autor")).containsExactly((int) 'a', (int) 'k');
    assertThat(OpeningCues.openingLetters("(?:Mehr|plus)\\s*$"))
        .containsExactly((int) 'm', (int) 'p');
    assertThat(OpeningCues.openingLetters("(?:new )?subscribers"))
        .containsExactly((int) 'n', (int) 's');
    assertThat(OpeningCues.openingLetters("a(?:b|c)")).containsExactly((int) 'a');
  }

  @Test
  void aCueThatMayOpenOtherwiseHasNoOpeningLetters() {
    assertThat(OpeningCues.openingLetters("e?mail")).isNull();
    assertThat(OpeningCues.openingLetters("a[(]b|\\d")).isNull();
    assertThat(OpeningCues.openingLetters("(?:a|b)*c")).isNull();
    assertThat(OpeningCues.openingLetters("(?:a|)c")).isNull();
    assertThat(OpeningCues.openingLetters("(?:new )?")).isNull();
    assertThat(OpeningCues.openingLetters("(?-i:\\p{Lu})x")).isNull();
    assertThat(OpeningCues.openingLetters("\u00a9")).isNull();
    assertThat(OpeningCues.openingLetters("[]x]")).isNull();
  }

  @Test
  void aCueOpensWithThePairsOfLettersItsAlternativesOpenWith() {
    assertThat(OpeningCues.openingPairs("Share")).containsExactly(List.of((int) 's', (int) 'h'));
    assertThat(OpeningCues.openingPairs("kontakt|autor"))
        .containsExactly(List.of((int) 'k', (int) 'o'), List.of((int) 'a', (int) 'u'));
    assertThat(OpeningCues.openingPairs("\u00dcber"))
        .containsExactly(List.of((int) '\u00fc', (int) 'b'));
    assertThat(OpeningCues.openingPairs("a")).isNull();
    assertThat(OpeningCues.openingPairs("ab?c")).isNull();
    assertThat(OpeningCues.openingPairs("ab*")).isNull();
    assertThat(OpeningCues.openingPairs("a b")).isNull();
    assertThat(OpeningCues.openingPairs("a(?:b|c)")).isNull();
    assertThat(OpeningCues.openingPairs("(?:ab|cd)")).isNull();
    assertThat(OpeningCues.openingPairs("ab|\\d")).isNull();
  }

  @Test
  void aCueNeedsTheTextItsEveryMatchHolds() {
    assertThat(OpeningCues.requiredText("\u00bfya sab\u00edas que"))
        .isEqualTo("\u00bfya sab\u00edas que");
    assertThat(OpeningCues.requiredText("\u00a1?mira lo que tiene")).isEqualTo("mira lo que tiene");
    assertThat(
            OpeningCues.requiredText(
                "(?:\\(?\\*+\\)?\\s*)?(?:this|we)[^.]{0,80})?[\"]?Affiliate[- ]links?"))
        .isNull();
    assertThat(OpeningCues.requiredText("(?:this|we)[^.]{0,80}[\"]?Affiliate[- ]links?"))
        .isEqualTo("affiliate");
    assertThat(OpeningCues.requiredText("(?:\\d+ )?comments?")).isEqualTo("comment");
    assertThat(OpeningCues.requiredText("(?-i:\\p{Lu})[\\p{L}-]*+ als pdf (?:laden)"))
        .isEqualTo(" als pdf ");
    assertThat(OpeningCues.requiredText("\\d{4}-\\d{2}\\s*\\|")).isEqualTo("-");
    assertThat(OpeningCues.requiredText("abc|def")).isNull();
    assertThat(OpeningCues.requiredText("x{0,2}")).isNull();
    assertThat(OpeningCues.opensWithDigit("\\d{1,2}\\. \\p{L}+")).isTrue();
    assertThat(OpeningCues.opensWithDigit("\\d?x")).isFalse();
    assertThat(OpeningCues.opensWithDigit("\\d+x|y")).isFalse();
    assertThat(OpeningCues.folded("Mit AFFILIATE-Links")).isEqualTo("mit affiliate-links");
    assertThat(OpeningCues.folded("\u212aontakt \u00dcBER")).isEqualTo("kontakt \u00fcber");
  }

  @Test
  void filteredCuesAnswerAsTheWholeAlternation() {
    List<String> some =
        List.of(
            "share",
            "(?:this|we)[^.]{0,40}[\"]?affiliate[- ]links?",
            "\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*\\|",
            "(?:\\d+ )?comments?",
            "[\\d.,]+k?\\s+(?:views|shares)\\s*$");
    OpeningCues split = new OpeningCues(some, LEAD, SUFFIX);
    Pattern all = Pattern.compile(PREFIX + "(?:" + String.join("|", some) + ")" + SUFFIX, FLAGS);
    List<String> texts =
        List.of(
            "We use affiliate links",
            "This page has AFFILIATE links here",
            "Affiliate",
            "- 12.03.2020 | News",
            "12.03.2020 News",
            "3 Comments",
            "Comments",
            "No comments",
            "1.2k views",
            "views",
            "Shared",
            "\u2014 share",
            "We use affiliate links " + "and more words ".repeat(30),
            "3 Comments " + "x".repeat(400),
            "");
    for (String t : texts) {
      assertThat(split.lookingAt(t)).as(t).isEqualTo(all.matcher(t).lookingAt());
      assertThat(split.matches(t)).as(t).isEqualTo(all.matcher(t).matches());
    }
  }

  @Test
  void aLeadClassWithLettersIsRefused() {
    assertThatThrownBy(() -> new OpeningCues(CUES, "[\\s*a]", SUFFIX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no letters");
  }

  @Test
  void theLexiconsAnswerAsTheirWholeAlternations() {
    String[][] lexicons = {
      {"boilerplate-cues.txt", "[\\s*\\-\u2013\u2014|\u2022\u00b7>\u00bb(\\[]", SUFFIX},
      {"notice-cues.txt", LEAD, SUFFIX},
      {"section-end-cues.txt", "", "\\s*[:?]?"}
    };
    for (String[] lexicon : lexicons) {
      List<String> lines = LexiconFile.texts(CueLexicon.class, lexicon[0]);
      OpeningCues split = CueLexicon.compile(lexicon[0], lexicon[1], lexicon[2]);
      Pattern all =
          Pattern.compile(
              (lexicon[1].isEmpty() ? "" : "^" + lexicon[1] + "*")
                  + "(?:"
                  + String.join("|", lines)
                  + ")"
                  + lexicon[2],
              FLAGS);
      for (String text : samples(lines)) {
        assertThat(split.lookingAt(text)).as(text).isEqualTo(all.matcher(text).lookingAt());
        assertThat(split.matches(text)).as(text).isEqualTo(all.matcher(text).matches());
      }
    }
  }

  /** Texts near each cue: its words without regular-expression marks, in several cases. */
  private static List<String> samples(List<String> lines) {
    List<String> texts = new ArrayList<>();
    for (String line : lines) {
      String plain = line.replaceAll("\\(\\?[:!=i-]*:?|[()?*+\\[\\]{}^$\\\\|]", "");
      for (String t : List.of(plain, plain + ":", "- " + plain, plain + "s", plain + " more")) {
        texts.add(t);
        texts.add(t.toUpperCase(Locale.ROOT));
        if (!t.isEmpty()) {
          texts.add(Character.toUpperCase(t.charAt(0)) + t.substring(1));
        }
      }
    }
    return texts;
  }
}
