package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/**
 * Where a reported content ends when a second attribution follows it in the same sentence:
 * "Holloway said the bill would cut taxes, and Ebbers argued that ...", "Most Democrats say they
 * would back her, while only 40 percent of Republicans say the same", "The plan works, Ebbers said;
 * Holloway warned ...". The second attribution is a clause boundary (a comma, semicolon or dash, or
 * "and", "but", "while", "whereas"), a subject that can speak, then a reporting verb; its statement
 * is its own, not part of the first. Stateless; works on the tokens of one sentence.
 */
final class SecondAttribution {
  /** Conjunctions that join a second clause, after a comma or alone. */
  private static final Set<String> JOINERS =
      Set.of("and", "but", "while", "whereas", "although", "though", "yet");

  /** Prepositions inside a subject: "the government in Beijing", "aides to the mayor". */
  private static final Set<String> PHRASE_PREPOSITIONS =
      Set.of("of", "in", "at", "for", "to", "from");

  /** Punctuation that closes one clause before the next, besides the dashes. */
  private static final Set<String> BOUNDARIES = Set.of(",", ";");

  /** Whether the noun phrase [from, to) can speak: a person, a group, a document, a pronoun. */
  interface Speakers {
    boolean canSpeak(int from, int to);
  }

  private SecondAttribution() {}

  /**
   * The last content token of a content that starts after {@code from} and may run to {@code last}:
   * the token before the first second attribution, or {@code last} when none follows. Tokens inside
   * quotation marks ({@code quoted}) never open one.
   */
  static int contentLast(
      List<Token> tokens,
      int from,
      int last,
      boolean[] quoted,
      ReportingLexicon lexicon,
      Speakers speakers) {
    for (int k = from + 1; k < last; k++) {
      if (quoted[k]) {
        // "called it “distasteful,” Santilli expressed ...": a comma inside the closing mark
        if (tokens.get(k).word().equals(",")
            && k + 2 <= last
            && Phrases.isQuoteToken(tokens.get(k + 1))
            && !quoted[k + 2]
            && reportsAt(tokens, k + 2, last, false, quoted, lexicon, speakers)) {
          return k + 1;
        }
        continue;
      }
      int clause = clauseAfter(tokens, k, last);
      if (clause < 0 || clause > last || quoted[clause]) {
        continue;
      }
      boolean bare = TokenWords.lower(tokens.get(k)).equals("and");
      if (reportsAt(tokens, clause, last, bare, quoted, lexicon, speakers)) {
        int end = k - 1;
        while (end > from && isTrailing(tokens.get(end))) {
          end--;
        }
        return end;
      }
    }
    return last;
  }

  /** The first token of a clause opened at the boundary {@code k}, or -1 when none opens there. */
  private static int clauseAfter(List<Token> tokens, int k, int last) {
    String w = TokenWords.lower(tokens.get(k));
    if (BOUNDARIES.contains(w) || DocumentView.isDash(tokens.get(k))) {
      int p = k + 1;
      if (p <= last && JOINERS.contains(TokenWords.lower(tokens.get(p)))) {
        p++;
      }
      return p;
    }
    if (JOINERS.contains(w) && !PennTags.of(tokens.get(k)).equals("RB")) {
      return k + 1;
    }
    return -1;
  }

  /**
   * A subject that can speak at {@code p}, then (after auxiliaries) a finite reporting verb; after
   * a bare "and" ({@code bare}), only a verb of saying, since "minorities, young people and women
   * reliably show up" may still be one clause.
   */
  private static boolean reportsAt(
      List<Token> tokens,
      int p,
      int last,
      boolean bare,
      boolean[] quoted,
      ReportingLexicon lexicon,
      Speakers speakers) {
    int start = p;
    for (int guard = 0; guard < 2 && start <= last; guard++) {
      String pos = PennTags.of(tokens.get(start));
      if (!PennTags.isAdverb(pos) && !pos.equals("PDT")) {
        break;
      }
      start++; // "only 40 percent", "nearly all"
    }
    int end = Phrases.npEndForward(tokens, start, last + 1);
    if (end == start) {
      return false;
    }
    int v = end;
    if (v + 1 <= last && PHRASE_PREPOSITIONS.contains(TokenWords.lower(tokens.get(v)))) {
      int more = Phrases.npEndForward(tokens, v + 1, last + 1);
      if (more > v + 1) {
        v = more; // "40 percent of Republicans", "the government in Beijing"
      }
    }
    boolean ofGroup = v > end && TokenWords.lower(tokens.get(end)).equals("of");
    if (!speakers.canSpeak(start, end) && !(ofGroup && speakers.canSpeak(end + 1, v))) {
      return false;
    }

    boolean auxiliary = false;
    for (int guard = 0; guard < 3 && v < last && Phrases.isVerbPrefix(tokens.get(v)); guard++) {
      auxiliary |= PennTags.isVerb(tokens.get(v));
      v++;
    }
    if (v > last || quoted[v]) {
      return false;
    }
    Token verb = tokens.get(v);
    String pos = PennTags.of(verb);
    if (pos.equals("VBN") && "be".equals(tokens.get(v - 1).lemma())) {
      return false; // "Ebbers was asked": a passive, its subject does not speak
    }
    boolean finite = pos.matches("VBD|VBZ|VBP") || auxiliary && pos.matches("VB|VBN|VBG");
    ReportingLexicon.VerbClass vc = lexicon.verb(verb.lemma());
    if (!finite || vc == null) {
      return false;
    }
    return !bare || vc == ReportingLexicon.VerbClass.SAY || vc == ReportingLexicon.VerbClass.TELL;
  }

  private static boolean isTrailing(Token t) {
    String w = t.word();
    return BOUNDARIES.contains(w)
        || DocumentView.isDash(t)
        || JOINERS.contains(TokenWords.lower(t));
  }
}
