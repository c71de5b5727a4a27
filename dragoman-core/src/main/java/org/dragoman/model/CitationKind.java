package org.dragoman.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a citation does: sources a statement, refers to another item, mentions a report, links. */
public enum CitationKind {
  ATTRIBUTION,
  CROSS_REFERENCE,
  MENTION,
  LINK;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
