package org.dragoman.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes sentence breaks the splitter makes inside a sentence: after a party-state label whose
 * dotted abbreviation lost its period to the tokenizer ("Sen. Lindsey Graham (R-S.C.) said ...",
 * "Sen. Kelly Ayotte, R-N.H., returned ...") and after a question or exclamation that a lower-case
 * word continues ("“Who told you?” he asked.", "(really?) and ..."). A break is undone only when
 * the next sentence starts, on the same line, with a lower-case word or with a comma, semicolon,
 * colon or closing parenthesis, which no English sentence does. Runs between the splitter and the
 * taggers, so part of speech and names are tagged on the whole sentence.
 */
final class SentenceJoin {
  /** A token the tokenizer cut before its final period: "R-S.C", "N.Y", "D-W.Va", "U.S". */
  private static final Pattern DOTTED = Pattern.compile(".*\\p{L}\\.\\p{L}{1,3}");

  private static final Set<String> CLOSERS = Set.of(")", "]", "”", "\"", "''", "’", "'");

  private SentenceJoin() {}

  /** Rebuilds the sentence list of {@code annotation} with the false breaks undone. */
  static void apply(Annotation annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (text == null || sentences == null || sentences.size() < 2) {
      return;
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    List<CoreLabel> current = null;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null || tokens.isEmpty()) {
        continue;
      }
      if (current != null && joins(text, current, tokens.get(0))) {
        current.addAll(tokens);
      } else {
        current = new ArrayList<>(tokens);
        groups.add(current);
      }
    }
    if (groups.size() == sentences.size()) {
      return;
    }
    List<CoreMap> rebuilt = new ArrayList<>();
    int tokenOffset = 0;
    for (List<CoreLabel> group : groups) {
      int begin = group.get(0).beginPosition();
      int end = group.get(group.size() - 1).endPosition();
      Annotation sentence = new Annotation(text.substring(begin, end));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TokensAnnotation.class, group);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + group.size());
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, rebuilt.size());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, rebuilt.size());
        group.get(i).set(CoreAnnotations.IndexAnnotation.class, i + 1);
      }
      tokenOffset += group.size();
      rebuilt.add(sentence);
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, rebuilt);
  }

  /** Whether the sentence starting with {@code next} continues the tokens {@code previous}. */
  static boolean joins(String text, List<CoreLabel> previous, CoreLabel next) {
    int prevEnd = previous.get(previous.size() - 1).endPosition();
    if (next.beginPosition() < prevEnd
        || text.substring(prevEnd, next.beginPosition()).indexOf('\n') >= 0
        || !continuesLowerCase(word(text, next))) {
      return false;
    }
    int k = previous.size() - 1;
    while (k > 0 && CLOSERS.contains(word(text, previous.get(k)))) {
      k--;
    }
    String last = word(text, previous.get(k));
    if (last.endsWith("?") || last.endsWith("!")) {
      return true;
    }
    if (!".".equals(last) || k == 0) {
      return false;
    }
    CoreLabel before = previous.get(k - 1);
    return before.endPosition() == previous.get(k).beginPosition()
        && DOTTED.matcher(word(text, before)).matches();
  }

  private static String word(String text, CoreLabel token) {
    return text.substring(token.beginPosition(), token.endPosition());
  }

  private static boolean continuesLowerCase(String word) {
    if (word.isEmpty() || word.startsWith("pic.") || word.startsWith("www.")) {
      return false;
    }
    if (word.contains("://")) {
      return false;
    }
    char c = word.charAt(0);
    return Character.isLowerCase(c) || ",;:)".indexOf(c) >= 0;
  }
}
