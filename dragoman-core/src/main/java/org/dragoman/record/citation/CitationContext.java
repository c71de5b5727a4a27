package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.DateMention;
import org.dragoman.model.Page;
import org.dragoman.model.Token;
import org.dragoman.record.date.Dating;

/**
 * What every citation finder reads: the page, its annotated body, its dates and name helpers.
 *
 * @param surnames words that end a person's name of two or more words in the body ("Lavrov" of
 *     "Sergei Lavrov")
 */
record CitationContext(
    Page page,
    AnnotatedText annotated,
    Dating dating,
    MediaNames media,
    SourceNames names,
    Set<String> surnames) {

  static CitationContext of(Page page, AnnotatedText annotated, Dating dating, MediaNames media) {
    Set<String> surnames = new HashSet<>();
    List<Token> tokens = annotated.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      boolean person = "PERSON".equals(tokens.get(i).ner());
      boolean last = i + 1 == tokens.size() || !"PERSON".equals(tokens.get(i + 1).ner());
      if (person && last && "PERSON".equals(tokens.get(i - 1).ner())) {
        surnames.add(tokens.get(i).word());
      }
    }
    List<DateMention> inOrder = new ArrayList<>(dating.dates());
    inOrder.sort(Comparator.comparingInt(DateMention::start));
    return new CitationContext(
        page,
        annotated,
        new Dating(inOrder, dating.published(), dating.publishedEvidence()),
        media,
        new SourceNames(page, annotated.text(), media),
        Set.copyOf(surnames));
  }

  String text() {
    return annotated.text();
  }

  /**
   * The citation of the phrase [start, end) of the text, whose source is the name {@code source}
   * (made canonical), dated by the first date inside the phrase.
   */
  Citation citation(int start, int end, String source, CitationKind kind) {
    DateMention date = dateIn(start, end);
    return new Citation(
        null,
        text().substring(start, end),
        start,
        end,
        names.canonical(source),
        date == null ? null : date.value(),
        kind,
        null);
  }

  /** The first date mention inside [start, end), or null (dates are in text order). */
  DateMention dateIn(int start, int end) {
    List<DateMention> dates = dating.dates();
    for (int i = firstStartingFrom(start); i < dates.size() && dates.get(i).start() < end; i++) {
      if (dates.get(i).end() <= end) {
        return dates.get(i);
      }
    }
    return null;
  }

  /** Whether a date mention overlaps [start, end); a date is never longer than 40 characters. */
  boolean overlapsADate(int start, int end) {
    List<DateMention> dates = dating.dates();
    for (int i = firstStartingFrom(start - 40);
        i < dates.size() && dates.get(i).start() < end;
        i++) {
      if (dates.get(i).end() > start) {
        return true;
      }
    }
    return false;
  }

  private int firstStartingFrom(int offset) {
    List<DateMention> dates = dating.dates();
    int lo = 0;
    int hi = dates.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dates.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The calendar value of the first date inside [start, end), or null. */
  String dateValueIn(int start, int end) {
    DateMention d = dateIn(start, end);
    return d == null ? null : d.value();
  }

  /** The tokens inside [start, end). */
  List<Token> tokensIn(int start, int end) {
    List<Token> tokens = annotated.tokens();
    int from = annotated.tokenIndexAt(start);
    int to = from;
    while (to < tokens.size() && tokens.get(to).end() <= end) {
      to++;
    }
    return tokens.subList(from, to);
  }
}
