package org.dragoman.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How gold sources are compared with predicted speakers. */
class SourceNamesTest {
  @Test
  void aSentenceOpeningCapitalIsNoNameWhenTheArticleWritesTheWordInLowerCase() {
    String text = "The mill closed.\nInvestors say the mill will reopen. Most investors agree.";
    Set<String> lower = SourceNames.lowerCaseWords(text);
    int at = text.indexOf("Investors");
    assertThat(SourceNames.properTokens("Investors", at, text, lower)).isEmpty();
    String other = "The vote ended. Several said the count was slow.";
    assertThat(
            SourceNames.properTokens(
                "Several", other.indexOf("Several"), other, SourceNames.lowerCaseWords(other)))
        .isEmpty();
    String named = "The vote ended. Boateng said the count was slow.";
    assertThat(
            SourceNames.properTokens(
                "Boateng", named.indexOf("Boateng"), named, SourceNames.lowerCaseWords(named)))
        .containsExactly("boateng");
  }

  @Test
  void aDeterminerModifiersAndACommonHeadDescribeRatherThanName() {
    assertThat(SourceNames.isDescription("The Vermont senator")).isTrue();
    assertThat(SourceNames.isDescription("a Democratic strategist")).isTrue();
    assertThat(SourceNames.isDescription("the Clinton campaign")).isFalse();
    assertThat(SourceNames.isDescription("the Washington Post")).isFalse();
    assertThat(SourceNames.isDescription("Rubio's spokesman")).isFalse();
    assertThat(SourceNames.isDescription("Ann Lewis, a longtime adviser")).isFalse();
    assertThat(SourceNames.descriptionHead("The Vermont senator")).isEqualTo("senator");
  }

  @Test
  void initialsAndHyphenatedNamesMatch() {
    assertThat(SourceNames.matches(List.of("ap"), "Associated Press")).isTrue();
    assertThat(SourceNames.matches(List.of("federal", "reserve"), "FR")).isTrue();
    assertThat(SourceNames.matches(List.of("holtz-eakin"), "Eakin")).isTrue();
    assertThat(SourceNames.matches(List.of("trump"), "Hillary Clinton")).isFalse();
    assertThat(SourceNames.matches(List.of("ap"), "Clinton")).isFalse();
    assertThat(SourceNames.matches(List.of("nfl", "u.s.", "ohio"), "National Football League"))
        .isTrue();
    assertThat(SourceNames.matches(List.of("u.n.", "geneva"), "United Nations")).isTrue();
    assertThat(SourceNames.matches(List.of("nfl", "ohio"), "National Hockey League")).isFalse();
  }

  @Test
  void aPluralPossessiveIsTheNameItself() {
    assertThat(SourceNames.properTokens("Farmers' union")).containsExactly("farmers");
    assertThat(SourceNames.matches(SourceNames.properTokens("the Greens’"), "Greens")).isTrue();
  }

  @Test
  void aNoBreakSpaceIsASpace() {
    assertThat(SourceNames.isPersonPronoun("She\u00a0")).isTrue();
    assertThat(SourceNames.properTokens("Boateng\u00a0")).containsExactly("boateng");
    assertThat(SourceNames.matches(List.of("boateng"), "Ama\u00a0Boateng")).isTrue();
  }
}
