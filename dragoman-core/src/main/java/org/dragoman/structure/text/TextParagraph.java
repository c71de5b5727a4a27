package org.dragoman.structure.text;

import java.util.List;

/**
 * A run of non-blank lines of a plain-text page, as written (trailing spaces removed, indentation
 * kept).
 */
public record TextParagraph(List<String> lines) {
  public TextParagraph {
    lines = List.copyOf(lines);
  }

  /** The lines joined by single spaces, whitespace collapsed. */
  public String joined() {
    return String.join(" ", lines).strip().replaceAll("\\s+", " ");
  }

  public String firstLine() {
    return lines.get(0).strip();
  }

  /** The paragraph without its first {@code n} lines. */
  public TextParagraph drop(int n) {
    return new TextParagraph(lines.subList(n, lines.size()));
  }
}
