package org.dragoman.model;

import java.util.List;

/** The body text with tokens and sentences from the language stage. */
public record AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences) {
  public AnnotatedText {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }

  /** The tokens of one sentence. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** Index of the first token that ends after {@code offset}, or tokens().size(). */
  public int tokenIndexAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the sentence containing {@code offset}, or -1. */
  public int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
