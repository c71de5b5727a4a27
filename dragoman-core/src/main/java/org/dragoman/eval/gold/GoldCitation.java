package org.dragoman.eval.gold;

import java.util.List;

/**
 * A citation the document must yield.
 *
 * @param source the cited source's name
 * @param alternatives other names that are also right
 * @param date the cited item's date ("YYYY-MM-DD" or a prefix), or null when none is given
 * @param kind attribution, cross-reference, mention or link, for the reader; not scored
 * @param text the citation as written, for the reader; not scored
 */
public record GoldCitation(
    String source, List<String> alternatives, String date, String kind, String text) {
  public GoldCitation {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }
}
