package org.dragoman.structure.html;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Whether an article's own text goes on after a line that would end it: a box inset in the middle
 * of an article ("Keep Reading", "Mehr zum Thema" over a link or two) is followed by more of the
 * article's long paragraphs, while what truly follows an article (related stories, sources, an
 * author's note, a contact box) is teasers, references and short lines, at most a paragraph or two
 * of prose.
 */
final class ArticleGoesOn {
  /** The long prose paragraphs after the line that show the article goes on. */
  static final int PARAGRAPHS = 3;

  /** How many blocks after the line are looked at: an inset box is short, the article resumes. */
  static final int REACH = 10;

  /** The shortest paragraph counted as the article's prose. */
  static final int MIN_LENGTH = 250;

  private ArticleGoesOn() {}

  /**
   * Whether at least {@value #PARAGRAPHS} paragraphs of at least {@value #MIN_LENGTH} characters
   * that end like a sentence and cite no web address stand among the {@value #REACH} blocks after
   * block {@code line}.
   */
  static boolean after(BodyText body, int line) {
    List<Block> blocks = body.blocks();
    String text = body.text();
    int found = 0;
    int last = Math.min(blocks.size(), line + 1 + REACH);
    for (int k = line + 1; k < last && found < PARAGRAPHS; k++) {
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.PARAGRAPH
          && b.end() - b.start() >= MIN_LENGTH
          && SentenceMarks.closes(text.charAt(b.end() - 1))
          && !holdsAddress(text, b.start(), b.end())) {
        found++;
      }
    }
    return found >= PARAGRAPHS;
  }

  /**
   * The body without the inset box that block {@code line} opens: the line itself and the short
   * lines right after it that do not end like a sentence (the box's tagline, a teaser's headline).
   */
  static BodyText withoutBox(BodyText body, int line) {
    int end = line + 1;
    while (end < body.blocks().size() && boxLine(body, body.blocks().get(end))) {
      end++;
    }
    return body.without(line, end);
  }

  /** The longest line after a box's opening line that is read as part of the box. */
  static final int MAX_BOX_LINE = 150;

  private static boolean boxLine(BodyText body, Block b) {
    return b.kind() == BlockKind.PARAGRAPH
        && b.end() - b.start() < MAX_BOX_LINE
        && !SentenceMarks.closes(body.text().charAt(b.end() - 1));
  }

  private static boolean holdsAddress(String text, int start, int end) {
    for (int i = start; i + 2 < end; i++) {
      if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return true;
      }
    }
    return false;
  }
}
