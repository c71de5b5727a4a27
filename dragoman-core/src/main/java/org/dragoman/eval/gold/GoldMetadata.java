package org.dragoman.eval.gold;

import java.util.List;
import org.dragoman.model.Publication;

/**
 * The metadata a document must yield. A null component is absent from the gold file and not
 * checked; an {@link Expected} holding null expects no value.
 *
 * @param title the exact title
 * @param authors the exact byline names, in order
 * @param site the exact site name
 * @param publication the exact publication header (name, volume, issue)
 * @param published the publication date checks, or null
 * @param comments the reader comments, in order, or null when not checked
 */
public record GoldMetadata(
    Expected<String> title,
    Expected<List<String>> authors,
    Expected<String> site,
    Expected<Publication> publication,
    GoldPublished published,
    List<GoldComment> comments) {
  public GoldMetadata {
    comments = comments == null ? null : List.copyOf(comments);
  }
}
