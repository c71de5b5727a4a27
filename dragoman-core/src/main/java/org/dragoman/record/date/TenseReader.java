package org.dragoman.record.date;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Reads the tense of the clause around an offset from the part-of-speech tags: the nearest verb
 * before it in its clause decides (a modal "will"/"may" makes it future, a past form past, a
 * present form present); with no verb before, the first finite verb after. A date inside
 * parentheses is a cited item, hence past. Without tags every clause reads as present.
 */
final class TenseReader {
  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "shall", "'ll", "’ll", "wo", "may", "might");
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of(
          ";",
          ":",
          ",",
          "--",
          "—",
          "–",
          "that",
          "which",
          "who",
          "as",
          "when",
          "while",
          "because",
          "although",
          "but",
          "whereas");
  private static final Set<String> FUTURE_WORDS =
      Set.of("scheduled", "slated", "planned", "upcoming", "expected", "next", "coming");
  private static final Set<String> PLANS =
      Set.of(
          "due",
          "set",
          "expected",
          "scheduled",
          "going",
          "plans",
          "planned",
          "intends",
          "hopes",
          "slated",
          "likely");
  private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "’ve", "having");

  private final AnnotatedText annotated;

  TenseReader(AnnotatedText annotated) {
    this.annotated = annotated;
  }

  Tense at(int offset) {
    if (insideParentheses(annotated.text(), offset)) {
      return Tense.CITED;
    }
    int s = annotated.sentenceIndexAt(offset);
    if (s < 0) {
      return Tense.PRESENT;
    }
    Sentence sentence = annotated.sentences().get(s);
    List<Token> tokens = annotated.tokens();
    int at = Math.max(sentence.firstToken(), annotated.tokenIndexAt(offset));
    boolean participle = false;
    for (int i = at - 1; i >= sentence.firstToken(); i--) {
      Token t = tokens.get(i);
      String pos = PennTags.of(t);
      String word = TokenWords.lower(t);
      if (CLAUSE_BOUNDARIES.contains(word)) {
        break;
      }
      if (FUTURE_WORDS.contains(word)) {
        return Tense.FUTURE;
      }
      if (pos.equals("VB") && i > sentence.firstToken() && "TO".equals(tokens.get(i - 1).pos())) {
        // "is due to fly on Saturday" looks ahead; a bare infinitive ("challenged him to debate on
        // April 14") says nothing of the time
        boolean planned =
            i - 2 >= sentence.firstToken() && PLANS.contains(TokenWords.lower(tokens.get(i - 2)));
        return planned ? Tense.FUTURE : Tense.PRESENT;
      }
      if (PennTags.isModal(pos)) {
        return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.PRESENT;
      }
      if (pos.equals("VBD")) {
        return Tense.PAST;
      }
      if (pos.equals("VBZ") || pos.equals("VBP")) {
        return participle && HAVE.contains(word) ? Tense.PAST : Tense.PRESENT;
      }
      if (pos.equals("VBN")) {
        participle = true;
      }
    }
    if (participle) {
      return Tense.PAST;
    }
    for (int i = at; i < sentence.endToken(); i++) {
      Token t = tokens.get(i);
      String pos = PennTags.of(t);
      String word = TokenWords.lower(t);
      if (PennTags.isModal(pos)) {
        return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.PRESENT;
      }
      if (pos.equals("VBD")) {
        return Tense.PAST;
      }
      if (pos.equals("VBZ") || pos.equals("VBP")) {
        return Tense.PRESENT;
      }
    }
    return Tense.PRESENT;
  }

  /** Whether an unclosed "(" precedes the offset in its paragraph, at most 500 characters back. */
  static boolean insideParentheses(String text, int offset) {
    int depth = 0;
    int from = Math.min(offset, text.length());
    for (int i = from - 1; i >= 0 && i >= from - 500; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return true;
        }
        depth--;
      }
    }
    return false;
  }
}
