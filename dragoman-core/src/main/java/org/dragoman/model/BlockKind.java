package org.dragoman.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a block of body text is. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  BLOCKQUOTE,
  LIST_ITEM,
  PREFORMATTED;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
