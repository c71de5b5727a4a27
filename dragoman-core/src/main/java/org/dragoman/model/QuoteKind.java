package org.dragoman.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a statement is rendered: in full quotation marks, in part, mixed, reported, or a block. */
public enum QuoteKind {
  DIRECT,
  PARTIAL,
  MIXED,
  INDIRECT,
  BLOCK;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
