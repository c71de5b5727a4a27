package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Joins body paragraphs into the page text (paragraphs separated by a blank line, lines unwrapped)
 * and records each as a block: lines starting with "&gt;" or a paragraph indented apart from the
 * others are a block quote, "# Title" or a short unpunctuated line before a paragraph a heading,
 * bulleted lines list items.
 */
public final class BodyBuilder {
  private static final Pattern QUOTED = Pattern.compile("^\\s*>.*");
  private static final Pattern INDENTED = Pattern.compile("^(?: {2,}|\\t).*");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d{1,2}[.)])\\s+\\S.*");
  private static final int MAX_HEADING_WORDS = 12;

  /**
   * The body text and its blocks.
   *
   * @param text paragraphs separated by "\n\n"
   * @param blocks one block per paragraph or list item, in order
   */
  public record Body(String text, List<Block> blocks) {
    public Body {
      blocks = List.copyOf(blocks);
    }
  }

  public Body build(List<TextParagraph> paragraphs) {
    boolean indentIsQuote = indentedShare(paragraphs) < 0.5;
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      TextParagraph p = paragraphs.get(i);
      List<String> lines = p.lines();
      if (lines.stream().allMatch(l -> QUOTED.matcher(l).matches())) {
        List<String> inner = new ArrayList<>();
        lines.forEach(l -> inner.add(l.strip().replaceFirst("^>+\\s?", "")));
        append(text, blocks, BlockKind.BLOCKQUOTE, new TextParagraph(inner).joined());
      } else if (lines.size() == 1 && MARKDOWN_HEADING.matcher(lines.get(0).strip()).matches()) {
        append(text, blocks, BlockKind.HEADING, lines.get(0).strip().replaceFirst("^#+\\s+", ""));
      } else if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
        for (String l : lines) {
          append(
              text,
              blocks,
              BlockKind.LIST_ITEM,
              l.strip().replaceFirst("^(?:[-*•]|\\d{1,2}[.)])\\s+", ""));
        }
      } else if (indentIsQuote && lines.stream().allMatch(l -> INDENTED.matcher(l).matches())) {
        append(text, blocks, BlockKind.BLOCKQUOTE, p.joined());
      } else if (isHeading(p, i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null)) {
        append(text, blocks, BlockKind.HEADING, p.joined());
      } else {
        append(text, blocks, BlockKind.PARAGRAPH, p.joined());
      }
    }
    return new Body(text.toString(), blocks);
  }

  private static boolean isHeading(TextParagraph p, TextParagraph next) {
    if (p.lines().size() != 1 || next == null) {
      return false;
    }
    String s = p.joined();
    String n = next.joined();
    return s.split("\\s+").length <= MAX_HEADING_WORDS
        && PageHeaderReader.isTitleLike(s)
        && !s.matches(".*[.!?\"”’)]$")
        && n.length() > s.length() * 2
        && n.matches(".*[.!?\"”’)]$");
  }

  private static double indentedShare(List<TextParagraph> paragraphs) {
    if (paragraphs.isEmpty()) {
      return 0;
    }
    long indented =
        paragraphs.stream()
            .filter(p -> p.lines().stream().allMatch(l -> INDENTED.matcher(l).matches()))
            .count();
    return (double) indented / paragraphs.size();
  }

  private static void append(StringBuilder text, List<Block> blocks, BlockKind kind, String s) {
    if (s.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    blocks.add(new Block(kind, text.length(), text.length() + s.length()));
    text.append(s);
  }
}
