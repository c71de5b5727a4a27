package org.dragoman.structure.text;

import java.util.List;

/**
 * A run of non-blank lines of a plain-text page, as written (trailing spaces removed, indentation
 * kept).
 */
public final class TextParagraph {
  private final List<String> lines;
  private final String joined;

  public TextParagraph(List<String> lines) {
    this.lines = List.copyOf(lines);
    this.joined = String.join(" ", this.lines).strip().replaceAll("\\s+", " ");
  }

  public List<String> lines() {
    return lines;
  }

  /** The lines joined by single spaces, whitespace collapsed. */
  public String joined() {
    return joined;
  }

  public String firstLine() {
    return lines.get(0).strip();
  }

  /** The paragraph without its first {@code n} lines. */
  public TextParagraph drop(int n) {
    return new TextParagraph(lines.subList(n, lines.size()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextParagraph other && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "TextParagraph" + lines;
  }
}
