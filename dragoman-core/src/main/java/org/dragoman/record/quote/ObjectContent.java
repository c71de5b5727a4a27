package org.dragoman.record.quote;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Token;

/**
 * The content a reporting verb takes as its object when no clause follows: a noun phrase
 * ("emphasizes the law's successes", "called for a ban"), a question word ("explained why he
 * came"), an infinitive ("vowed to repeal it"), a gerund ("mentioned raising the wage"), and where
 * that content ends: before a new clause of the sentence ("condemned the bill but praised ...").
 * Stateless; works on the tokens of one sentence.
 */
final class ObjectContent {
  /** Prepositions a cue takes before its object: "called for", "agreed with", "spoke about". */
  private static final Set<String> PREPOSITIONS =
      Set.of("about", "for", "to", "with", "on", "in", "against", "of", "at", "over", "into");

  /** Prepositions that introduce the topic after an addressee: "told reporters about". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "on", "of", "over", "for");

  private static final Set<String> QUESTION_WORDS =
      Set.of("what", "why", "how", "whether", "who", "whom", "when", "where", "which");

  /** Words after a comma that open another clause rather than continue the content. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "while",
          "as",
          "although",
          "though",
          "because",
          "since",
          "but",
          "and",
          "or",
          "yet",
          "so",
          "before",
          "after",
          "when",
          "if",
          "until",
          "unless",
          "whereas",
          "according");

  private ObjectContent() {}

  /**
   * The first token of the object content after a cue ending before {@code j}, or -1 when none
   * starts there. Skips adverbs and particles, an addressee after "to" (a person or group for which
   * {@code addressee} holds), then one preposition.
   */
  static int start(List<Token> tokens, int j, int last, IntPredicate addressee) {
    int k = j;
    while (k <= last && PennTags.of(tokens.get(k)).matches("RB.*|RP")) {
      k++;
    }
    // "spoke to reporters about the deal": the addressee is not the content
    if (k < last && TokenWords.lower(tokens.get(k)).equals("to")) {
      int np = Phrases.npEndForward(tokens, k + 1, last + 1);
      if (np > k + 1 && addressee.test(np - 1)) {
        if (np <= last && TOPIC_PREPOSITIONS.contains(TokenWords.lower(tokens.get(np)))) {
          k = np;
        } else {
          return -1;
        }
      }
    }
    if (k <= last
        && PREPOSITIONS.contains(TokenWords.lower(tokens.get(k)))
        && !(k + 1 <= last && PennTags.of(tokens.get(k + 1)).equals("VB"))) {
      k++;
    }
    if (k > last) {
      return -1;
    }
    Token t = tokens.get(k);
    String p = PennTags.of(t);
    String w = TokenWords.lower(t);
    if (QUESTION_WORDS.contains(w) && k < last) {
      return k;
    }
    if (w.equals("to") && k + 1 <= last && PennTags.of(tokens.get(k + 1)).equals("VB")) {
      return k; // "vowed to repeal"
    }
    if (p.equals("VBG") && k < last) {
      return k; // "mentioned raising the minimum wage"
    }
    if (PennTags.isPersonalPronoun(p) && !Phrases.isSubjectPronoun(t)) {
      return k; // "asked him to support the bill"
    }
    boolean nounLike =
        p.matches("DT|PDT|PRP\\$|CD|JJ.*|NN.*|FW")
            || PennTags.isPersonalPronoun(p)
                && !Phrases.isSubjectPronoun(t) // "assailed him", not "said he"
            || PennTags.isPersonalPronoun(p) && Set.of("it", "you").contains(w);
    if (!nounLike) {
      return -1;
    }
    if (w.equals("the") && k < last && TokenWords.lower(tokens.get(k + 1)).equals("same")) {
      return k; // "say the same of Trump"
    }
    int end = Phrases.npEndForward(tokens, k, last + 1);
    return end > k ? k : -1;
  }

  /**
   * The last token of the content starting at {@code from}: before a semicolon, colon or dash,
   * before a comma that opens another clause (", while ...", ", saying ...", ", and he ..."), and
   * before "but"/"and" with a finite verb ("condemned the bill but praised the senators").
   */
  static int end(List<Token> tokens, int from, int last) {
    for (int k = from + 1; k <= last; k++) {
      Token t = tokens.get(k);
      String w = t.word();
      if (w.equals(";") || w.equals(":") || DocumentView.isDash(t)) {
        return k - 1;
      }
      String lower = TokenWords.lower(t);
      if ((lower.equals("but") || lower.equals("and"))
          && k + 1 <= last
          && finiteSoon(tokens, k + 1, last)) {
        return tokens.get(k - 1).word().equals(",") ? k - 2 : k - 1;
      }
      if (w.equals(",") && k + 1 <= last) {
        Token n = tokens.get(k + 1);
        String nl = TokenWords.lower(n);
        if (CLAUSE_OPENERS.contains(nl) && !nl.equals("and") && !nl.equals("or")
            || PennTags.of(n).equals("VBG")
            || newClause(tokens, k + 1, last)) {
          return k - 1;
        }
      }
    }
    return last;
  }

  /**
   * A subject and its finite verb at {@code k}: "..., he said", "..., Rahm Emanuel pressured the
   * groups". Not an apposition ("..., the former governor, ...").
   */
  private static boolean newClause(List<Token> tokens, int k, int last) {
    int v = Phrases.npEndForward(tokens, k, last + 1);
    if (v == k) {
      return false;
    }
    while (v <= last && PennTags.isAdverb(tokens.get(v))) {
      v++;
    }
    return v <= last && PennTags.isFiniteVerb(tokens.get(v));
  }

  /** A finite verb at {@code k}, after an adverb or a subject pronoun at most. */
  private static boolean finiteSoon(List<Token> tokens, int k, int last) {
    int i = k;
    if (i <= last
        && (Phrases.isSubjectPronoun(tokens.get(i)) || PennTags.isAdverb(tokens.get(i)))) {
      i++;
    }
    return i <= last && PennTags.isFiniteVerb(tokens.get(i));
  }
}
