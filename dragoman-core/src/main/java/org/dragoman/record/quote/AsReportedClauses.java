package org.dragoman.record.quote;

import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.Speaker;
import org.dragoman.model.Token;
import org.dragoman.record.quote.ReportingLexicon.VerbClass;

/**
 * A clause credited to a source by a parenthetical "as X reported" after it: "Asked whether the
 * ministry had dropped the plan, as the Herald reported, the minister ...", "The mine will close in
 * May, as Reuters reported on Monday." The clause runs back to its complementizer ("whether", "if",
 * "that") or to the start of the sentence; a clause that holds a saying verb of its own ("officials
 * said the mine will close") has its own speaker and is left alone.
 */
final class AsReportedClauses {
  /** Verbs of "as X reported", "as X has said", "as X wrote last week". */
  private static final Set<String> VERBS =
      Set.of(
          "report",
          "say",
          "write",
          "note",
          "reveal",
          "disclose",
          "announce",
          "claim",
          "state",
          "suggest",
          "tell");

  /** Words that open the clause the parenthetical is about. */
  private static final Set<String> OPENERS = Set.of("whether", "if", "that");

  private static final int MIN_CLAUSE_TOKENS = 3;

  private final DocumentView doc;
  private final SpeakerPhrases phrases;
  private final QuoteAssembly assembly;

  AsReportedClauses(DocumentView doc, SpeakerPhrases phrases, QuoteAssembly assembly) {
    this.doc = doc;
    this.phrases = phrases;
    this.assembly = assembly;
  }

  /** Records each clause in tokens [s0, s1) that a following "as X reported" credits. */
  void sentence(int s0, int s1) {
    for (int i = s0 + MIN_CLAUSE_TOKENS + 1; i + 2 < s1; i++) {
      if (doc.quoted[i]
          || !"as".equals(TokenWords.lower(doc.tokens.get(i)))
          || !",".equals(doc.tokens.get(i - 1).word())
          || Phrases.makesAsComparative(doc.tokens.get(i - 2))) {
        continue;
      }
      int from = i + 1;
      int to = Phrases.npEndForward(doc.tokens, from, Math.min(s1, from + 8));
      if (to == from || to >= s1 || !phrases.holdsViews(from, to)) {
        continue;
      }
      int v = verbAfter(to, s1);
      if (v < 0 || !closesParenthetical(v + 1, s1)) {
        continue;
      }
      int start = clauseStart(i - 1, s0);
      if (start < 0 || i - 1 - start < MIN_CLAUSE_TOKENS || !finiteIn(start, i - 1)) {
        continue;
      }
      Speaker speaker = doc.speakers.resolve(from, to);
      if (speaker == null) {
        continue;
      }
      assembly.add(
          doc.tokens.get(start).start(),
          doc.tokens.get(i - 2).end(),
          speaker,
          v,
          v + 1,
          from,
          to,
          assembly.confidence(speaker, 0.7));
    }
  }

  /** The reporting verb after the source ("has reported", "first reported"), else -1. */
  private int verbAfter(int to, int s1) {
    int v = to;
    while (v + 1 < s1
        && (PennTags.of(doc.tokens.get(v)).matches("RB.*|MD")
            || TokenWords.lemma(doc.tokens.get(v)).matches("have|be"))) {
      v++;
    }
    if (!PennTags.isVerb(doc.tokens.get(v))
        || !VERBS.contains(TokenWords.lemma(doc.tokens.get(v)))) {
      return -1;
    }
    return v;
  }

  /** Whether the parenthetical ends at a comma or the sentence end, within a few words. */
  private boolean closesParenthetical(int k, int s1) {
    for (int n = 0; k < s1 && n < 5; k++, n++) {
      String w = doc.tokens.get(k).word();
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        return true;
      }
      if (PennTags.isVerb(doc.tokens.get(k))
          || "that".equals(TokenWords.lower(doc.tokens.get(k)))) {
        return false; // "as X reported that ...", "as X said it would": not parenthetical
      }
    }
    return k >= s1;
  }

  /**
   * The first token of the clause ending at {@code comma} (exclusive): after its complementizer or
   * at the sentence start; -1 when the clause has a saying verb, a quotation or another comma.
   */
  private int clauseStart(int comma, int s0) {
    for (int k = comma - 1; k >= s0; k--) {
      Token t = doc.tokens.get(k);
      if (doc.quoted[k] || Phrases.isQuoteToken(t)) {
        return -1;
      }
      String w = TokenWords.lower(t);
      if (OPENERS.contains(w)) {
        return k + 1;
      }
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return -1;
      }
      VerbClass vc = PennTags.isVerb(t) ? doc.lexicon.verb(TokenWords.lemma(t)) : null;
      if (vc != null && vc != VerbClass.STANCE) {
        return -1; // "officials said the mine will close": their statement
      }
    }
    return s0;
  }

  private boolean finiteIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (DocumentView.isFinite(doc.tokens.get(k))) {
        return true;
      }
    }
    return false;
  }
}
