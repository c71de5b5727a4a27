package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.model.Token;

/**
 * A reporting verb in an infinitive or a prepositional gerund whose speaker is the subject of the
 * sentence: "Sanders went out of his way to praise the record", "Trump closed by saying he is
 * ready". Stateless.
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
    String pos = Phrases.pos(tokens.get(c));
    String before = Phrases.lower(tokens.get(c - 1));
    if (pos.equals("VB") && before.equals("to")) {
      return true;
    }
    return pos.equals("VBG") && GERUND_PREPOSITIONS.contains(before);
  }
}
