package org.dragoman.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class CoreNlpLanguageAnalyzerTest {
  private static final LanguageAnalyzer NLP = CoreNlpLanguageAnalyzer.shared();

  private static final String TEXT =
      "Moscow’s envoy met Kazakh officials in Astana on Monday. “We’re ready,” said Dmitry "
          + "Orlov, adding that the talks didn’t fail.\n\nThe Kremlin's reply came later.";

  @Test
  void sharedIsLoadedOncePerProcess() {
    assertThat(CoreNlpLanguageAnalyzer.shared()).isSameAs(NLP);
  }

  @Test
  void curlyApostrophesSplitPossessivesAndContractions() {
    List<String> words = words(NLP.annotate(TEXT));
    assertThat(words).containsSequence("Moscow", "’s", "envoy");
    assertThat(words).containsSequence("We", "’re");
    assertThat(words).containsSequence("did", "n’t");
    assertThat(words).containsSequence("Kremlin", "'s");
    assertThat(words).contains("“", "”");
  }

  @Test
  void tokensAreSpansOfTheTextInOrder() {
    AnnotatedText at = NLP.annotate(TEXT);
    int last = 0;
    for (Token t : at.tokens()) {
      assertThat(t.start()).isGreaterThanOrEqualTo(last);
      assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
      assertThat(t.pos()).isNotBlank();
      assertThat(t.ner()).isNotNull();
      last = t.end();
    }
  }

  @Test
  void sentencesCoverTheirTokensAndParagraphsBreakSentences() {
    AnnotatedText at = NLP.annotate(TEXT);
    assertThat(at.sentences()).hasSize(3);
    for (Sentence s : at.sentences()) {
      assertThat(at.tokens().get(s.firstToken()).start()).isEqualTo(s.start());
      assertThat(at.tokens().get(s.endToken() - 1).end()).isEqualTo(s.end());
    }
    assertThat(TEXT.substring(at.sentences().get(2).start())).startsWith("The Kremlin");
  }

  @Test
  void namedEntitiesUseTheThreeClassModel() {
    AnnotatedText at = NLP.annotate(TEXT);
    assertThat(ner(at, "Astana")).isEqualTo("LOCATION");
    assertThat(ner(at, "Orlov")).isEqualTo("PERSON");
    assertThat(ner(at, "Monday")).isEqualTo("O");
  }

  @Test
  void twoThreadsGetTheSameAnnotations() throws Exception {
    AnnotatedText expected = NLP.annotate(TEXT);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedText>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runs.add(pool.submit(() -> NLP.annotate(TEXT)));
      }
      for (Future<AnnotatedText> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyTextHasNoTokensAndNullIsAClearError() {
    assertThat(NLP.annotate("").tokens()).isEmpty();
    assertThatThrownBy(() -> NLP.annotate(null)).hasMessageContaining("no text");
  }

  private static List<String> words(AnnotatedText at) {
    return at.tokens().stream().map(Token::word).toList();
  }

  private static String ner(AnnotatedText at, String word) {
    return at.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().ner();
  }
}
