package org.dragoman.record.date;

import java.util.List;
import java.util.Set;
import org.dragoman.language.PennTags;
import org.dragoman.language.TokenWords;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Sentence;
import org.dragoman.model.Token;

/**
 * Tells when a bare year is reported as a finished whole: a figure for the year in a past-tense
 * clause ("trade reached a record in 2022", "exports grew 8 percent in 2004", "output totalled 5
 * million tonnes for 2019"). A writer gives such a figure once the year is over, so the text was
 * written after that year.
 */
final class WholeYearReader {
  /** Prepositions that take the year as a period: "in 2022", "for 2022", "over 2022". */
  private static final Set<String> PERIOD_PREPOSITIONS =
      Set.of("in", "for", "during", "throughout", "over");

  /** Lemmas of verbs that report a figure: amounts, changes and records. */
  private static final Set<String> FIGURE_VERBS =
      Set.of(
          "reach",
          "grow",
          "rise",
          "fall",
          "total",
          "amount",
          "double",
          "triple",
          "increase",
          "decrease",
          "decline",
          "drop",
          "climb",
          "hit",
          "exceed",
          "surpass",
          "top",
          "jump",
          "soar",
          "slump",
          "shrink",
          "expand",
          "contract",
          "peak",
          "average",
          "dip",
          "plunge",
          "surge",
          "slide",
          "fell",
          "rose",
          "grew");

  /** Tokens that end the clause the year belongs to. */
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of(";", ":", "--", "—", "–", "that", "which", "who", "when", "while", "but");

  private final AnnotatedText annotated;

  WholeYearReader(AnnotatedText annotated) {
    this.annotated = annotated;
  }

  /** Whether the bare year at [start, end) is the period of a figure its clause reports. */
  boolean isWholeYear(DateExpression e) {
    if (e.kind() != DateExpression.Kind.YEAR) {
      return false;
    }
    String before = YearContext.wordBefore(annotated.text(), e.start());
    if (!PERIOD_PREPOSITIONS.contains(before)) {
      return false;
    }
    int s = annotated.sentenceIndexAt(e.start());
    if (s < 0) {
      return false;
    }
    Sentence sentence = annotated.sentences().get(s);
    List<Token> tokens = annotated.tokens();
    int at = Math.max(sentence.firstToken(), annotated.tokenIndexAt(e.start()));
    for (int i = at - 1; i >= sentence.firstToken() && i >= at - 12; i--) {
      Token t = tokens.get(i);
      String word = TokenWords.lower(t);
      if (CLAUSE_BOUNDARIES.contains(word)) {
        return false;
      }
      String pos = PennTags.of(t);
      if (PennTags.isVerbForm(pos)) {
        String lemma = TokenWords.lowerLemma(t);
        return FIGURE_VERBS.contains(lemma) || FIGURE_VERBS.contains(word);
      }
    }
    return false;
  }
}
