package org.dragoman.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;
import org.junit.jupiter.api.Test;

class SentenceJoinTest {
  private static final LanguageAnalyzer NLP = CoreNlpLanguageAnalyzer.shared();

  @Test
  void aPartyStateLabelWithADottedStateDoesNotEndTheSentence() {
    String text = "Sen. Marta Quill (R-S.C.) said the levy would fail. Her aides agreed.";
    assertThat(sentences(text))
        .containsExactly(
            "Sen. Marta Quill (R-S.C.) said the levy would fail.", "Her aides agreed.");
  }

  @Test
  void aLabelBetweenCommasDoesNotEndTheSentence() {
    String text = "Rep. Dale Orr, D-N.Y., returned the donation on Friday. Nobody asked why.";
    assertThat(sentences(text))
        .containsExactly(
            "Rep. Dale Orr, D-N.Y., returned the donation on Friday.", "Nobody asked why.");
  }

  @Test
  void theWordsAfterALabelAreTaggedInTheirSentence() {
    AnnotatedText at = NLP.annotate("Sen. Marta Quill (R-S.C.) said the levy would fail.");
    Token said =
        at.tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
    assertThat(said.pos()).isEqualTo("VBD");
    assertThat(at.tokens().get(2).ner()).isEqualTo("PERSON");
  }

  @Test
  void aQuestionContinuedByItsCueIsOneSentence() {
    String text = "“Who paid for the trip?” asked Dora Venn, the committee’s lawyer. Nobody knew.";
    assertThat(sentences(text))
        .containsExactly(
            "“Who paid for the trip?” asked Dora Venn, the committee’s lawyer.", "Nobody knew.");
  }

  @Test
  void realSentenceEndsStay() {
    String text =
        "They met in Washington, D.C. The talks failed. Why? Nobody said.\n\nwhat next, then.";
    assertThat(sentences(text))
        .containsExactly(
            "They met in Washington, D.C.",
            "The talks failed.",
            "Why?",
            "Nobody said.",
            "what next, then.");
  }

  @Test
  void joinedSentencesKeepTokenIndexesConsistent() {
    AnnotatedText at = NLP.annotate("Rep. Dale Orr (D-S.C.) left. “Why?” he asked. Gone.");
    int next = 0;
    for (Sentence s : at.sentences()) {
      assertThat(s.firstToken()).isEqualTo(next);
      assertThat(at.tokens().get(s.firstToken()).start()).isEqualTo(s.start());
      assertThat(at.tokens().get(s.endToken() - 1).end()).isEqualTo(s.end());
      next = s.endToken();
    }
    assertThat(next).isEqualTo(at.tokens().size());
    assertThat(at.sentences()).hasSize(3);
  }

  private static List<String> sentences(String text) {
    AnnotatedText at = NLP.annotate(text);
    return at.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }
}
