package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Page;
import org.dragoman.record.date.Dating;

/**
 * Citations of a news body: parenthetical source lists and cross-references, news media named in
 * running text ("according to Reuters", "Kommersant reported"), report mentions ("Jamestown’s
 * report on the trip") and hyperlinks. Where two textual citations overlap the longer one stays; a
 * hyperlink is always kept. Ids c1, c2... follow the text. Stateless and thread-safe.
 */
public final class NewsCitationExtractor implements CitationExtractor {
  private static final List<CitationFinder> FINDERS =
      List.of(
          new ParentheticalCitationFinder(),
          new ReportMentionFinder(),
          new SourcePhraseFinder(),
          new LinkCitationFinder());

  private final MediaNames media = new MediaNames();

  @Override
  public List<Citation> extract(Page page, AnnotatedText annotated, Dating dating) {
    CitationContext context = CitationContext.of(page, annotated, dating, media);
    List<Citation> kept = new ArrayList<>();
    for (CitationFinder finder : FINDERS) {
      for (Citation c : finder.find(context)) {
        if (c.kind() == CitationKind.LINK || kept.stream().noneMatch(k -> clash(k, c))) {
          kept.add(c);
        }
      }
    }
    kept.sort(
        Comparator.comparingInt(Citation::start)
            .thenComparingInt(Citation::end)
            .thenComparing(Citation::kind));
    List<Citation> numbered = new ArrayList<>(kept.size());
    for (Citation c : kept) {
      numbered.add(
          new Citation(
              "c" + (numbered.size() + 1),
              c.text(),
              c.start(),
              c.end(),
              c.source(),
              c.date(),
              c.kind(),
              c.url()));
    }
    return List.copyOf(numbered);
  }

  private static boolean clash(Citation kept, Citation candidate) {
    return kept.kind() != CitationKind.LINK && kept.span().overlaps(candidate.span());
  }
}
