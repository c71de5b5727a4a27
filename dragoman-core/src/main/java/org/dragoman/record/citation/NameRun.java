package org.dragoman.record.citation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.WordSets;
import org.dragoman.model.Token;

/**
 * A proper name read off the tokens: capitalized words, joined by hyphens or slashes ("Itar-Tass",
 * "RFE/RL") and by a lower-case connector between capitalized words ("Voice of America").
 *
 * @param first index of its first token
 * @param end index after its last token
 * @param start offset of its first character
 * @param stop offset after its last character
 */
record NameRun(int first, int end, int start, int stop) {
  private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "de", "du", "la", "al");
  private static final Set<String> CALENDAR =
      WordSets.union(
          CalendarWords.MONTHS, CalendarWords.MONTH_ABBREVIATIONS, CalendarWords.WEEKDAYS);
  private static final Set<String> JOINERS = Set.of("-", "/", "–");

  /** The name that starts at token {@code i} (after an optional "the"), or null. */
  static NameRun forward(List<Token> tokens, int i, int limit) {
    int j = i;
    if (j < limit && tokens.get(j).word().equalsIgnoreCase("the")) {
      j++;
    }
    if (j >= limit || !capitalized(tokens.get(j)) || !nameStart(tokens.get(j))) {
      return null;
    }
    int first = j;
    int end = j + 1;
    while (end < limit) {
      Token t = tokens.get(end);
      if (capitalized(t)) {
        end++;
      } else if (JOINERS.contains(t.word())
          && end + 1 < limit
          && adjacent(tokens.get(end - 1), t)
          && adjacent(t, tokens.get(end + 1))
          && capitalized(tokens.get(end + 1))) {
        end += 2;
      } else if (CONNECTORS.contains(t.word())
          && end + 1 < limit
          && capitalized(tokens.get(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return new NameRun(first, end, tokens.get(first).start(), tokens.get(end - 1).end());
  }

  /**
   * The name after a describing phrase that starts at token {@code i}: "the state news agency TDH",
   * "the newspaper Izvestia"; null unless one of {@code descriptors} is among at most four
   * lower-case words before the name.
   */
  static NameRun afterDescriptor(List<Token> tokens, int i, int limit, Set<String> descriptors) {
    int k = i;
    if (k < limit && Set.of("the", "a", "an").contains(TokenWords.lower(tokens.get(k)))) {
      k++;
    }
    boolean described = false;
    for (int n = 0; n < 4 && k < limit && !capitalized(tokens.get(k)); n++, k++) {
      described |= descriptors.contains(TokenWords.lower(tokens.get(k)));
    }
    return described ? forward(tokens, k, limit) : null;
  }

  /** The name that ends with token {@code i - 1}, reading back no further than {@code floor}. */
  static NameRun backward(List<Token> tokens, int i, int floor) {
    int first = i;
    while (first > floor) {
      Token t = tokens.get(first - 1);
      if (capitalized(t)) {
        first--;
      } else if (JOINERS.contains(t.word())
          && first - 2 >= floor
          && first < i
          && adjacent(tokens.get(first - 2), t)
          && adjacent(t, tokens.get(first))
          && capitalized(tokens.get(first - 2))) {
        first -= 2;
      } else if (CONNECTORS.contains(t.word())
          && first - 2 >= floor
          && first < i
          && capitalized(tokens.get(first - 2))) {
        first -= 2;
      } else {
        break;
      }
    }
    while (first < i && !nameStart(tokens.get(first))) {
      first++;
    }
    if (first == i) {
      return null;
    }
    return new NameRun(first, i, tokens.get(first).start(), tokens.get(i - 1).end());
  }

  List<Token> tokens(List<Token> all) {
    return all.subList(first, end);
  }

  String text(String body) {
    return body.substring(start, stop);
  }

  /** Whether every token of the name carries this named-entity class. */
  boolean allTagged(List<Token> all, String ner) {
    return tokens(all).stream()
        .filter(t -> Character.isLetter(t.word().charAt(0)))
        .allMatch(t -> ner.equals(t.ner()));
  }

  /**
   * Whether a capitalized token can begin a name: not a function word capitalized at the start of a
   * sentence ("As", "The"), nor a month or weekday ("September Washington Post-ABC News poll").
   */
  static boolean nameStart(Token t) {
    String pos = t.pos() == null ? "NNP" : t.pos();
    boolean functionWord =
        pos.equals("IN")
            || pos.equals("DT")
            || pos.equals("CC")
            || PennTags.isAdverb(pos)
            || pos.startsWith("W")
            || PennTags.isVerb(pos)
            || pos.equals("TO");
    return !functionWord && !CALENDAR.contains(TokenWords.lower(t));
  }

  static boolean capitalized(Token t) {
    String w = t.word();
    return !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && !w.toLowerCase(Locale.ROOT).equals("i")
        && !PennTags.isPronoun(t);
  }

  private static boolean adjacent(Token a, Token b) {
    return a.end() == b.start();
  }
}
