package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/**
 * A reporting verb in a prepositional gerund whose speaker is the subject of the sentence: "Trump
 * closed by saying he is ready", "she paused before explaining why". (An infinitive is not taken:
 * "threatens to knock", "continues to maintain" report nothing as often as they report.) Stateless.
 */
final class NonFiniteCue {
  /** Prepositions that open a gerund sharing the main clause's subject. */
  private static final Set<String> GERUND_PREPOSITIONS =
      Set.of("by", "before", "after", "while", "without", "in", "when", "since", "besides");

  private NonFiniteCue() {}

  /** Whether the verb at {@code c} takes its speaker from the main clause. */
  static boolean takesMainSubject(List<Token> tokens, int c, int s0) {
    if (c - 1 <= s0) {
      return false;
    }
    String pos = PennTags.of(tokens.get(c));
    String before = TokenWords.lower(tokens.get(c - 1));
    return pos.equals("VBG") && GERUND_PREPOSITIONS.contains(before);
  }
}
