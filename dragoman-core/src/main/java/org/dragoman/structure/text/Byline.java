package org.dragoman.structure.text;

import java.util.List;

/**
 * What a byline line says.
 *
 * @param authors the names it gives, maybe none
 * @param published the first full date it gives ("YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"), or null
 * @param line the line as written, for evidence
 */
public record Byline(List<String> authors, String published, String line) {
  public Byline {
    authors = List.copyOf(authors);
  }
}
