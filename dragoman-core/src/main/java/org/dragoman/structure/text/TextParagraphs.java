package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs at blank lines. A run of long lines (a page dump that puts each
 * paragraph on one line without blank lines between) is split into one paragraph per line; short
 * hard-wrapped lines and runs of quoted ("&gt;") lines stay together.
 */
public final class TextParagraphs {
  private static final int WRAP_WIDTH = 100;

  public List<TextParagraph> split(String content) {
    List<TextParagraph> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : content.replace("\uFEFF", "").split("\\R", -1)) {
      String line = raw.stripTrailing().replace('\u00A0', ' ');
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        current.add(line);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(List<String> lines, List<TextParagraph> out) {
    if (lines.isEmpty()) {
      return;
    }
    boolean quoted = lines.stream().allMatch(l -> l.strip().startsWith(">"));
    boolean unwrapped =
        !quoted
            && lines.size() > 1
            && lines.stream().anyMatch(l -> l.strip().length() > WRAP_WIDTH);
    if (unwrapped) {
      for (String l : lines) {
        out.add(new TextParagraph(List.of(l)));
      }
    } else {
      out.add(new TextParagraph(lines));
    }
    lines.clear();
  }
}
