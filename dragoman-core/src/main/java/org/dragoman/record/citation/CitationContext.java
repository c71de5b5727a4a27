package org.dragoman.record.citation;

import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.DateMention;
import org.dragoman.model.Page;
import org.dragoman.model.Token;
import org.dragoman.record.date.Dating;

/** What every citation finder reads: the page, its annotated body, its dates and name helpers. */
record CitationContext(
    Page page, AnnotatedText annotated, Dating dating, MediaNames media, SourceNames names) {

  String text() {
    return annotated.text();
  }

  /** The first date mention inside [start, end), or null. */
  DateMention dateIn(int start, int end) {
    for (DateMention d : dating.dates()) {
      if (d.start() >= start && d.end() <= end) {
        return d;
      }
    }
    return null;
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
