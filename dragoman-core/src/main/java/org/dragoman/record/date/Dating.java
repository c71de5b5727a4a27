package org.dragoman.record.date;

import java.util.List;
import org.dragoman.model.DateMention;

/**
 * The dates of a document.
 *
 * @param dates every date in the body with its calendar value
 * @param published the document date: the page's own, or one inferred from its content
 * @param publishedEvidence why that date
 */
public record Dating(List<DateMention> dates, String published, String publishedEvidence) {
  public Dating {
    dates = List.copyOf(dates);
  }
}
