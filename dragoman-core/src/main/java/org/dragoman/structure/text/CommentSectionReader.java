package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Comment;

/**
 * Reads the reader comments at the end of a page: each comment header line opens a comment whose
 * text runs over the following paragraphs until the next header or a piece of page furniture.
 * Paragraphs outside any comment (author bios, notices) are returned apart. Stateless.
 */
public final class CommentSectionReader {
  private final CommentHeaderParser headers = new CommentHeaderParser();
  private final Boilerplate boilerplate = new Boilerplate();
  private final TextDates dates = new TextDates();

  /**
   * The comments and the leftover text of {@code paragraphs}.
   *
   * @param comments the comments with non-empty text, in page order
   * @param leftover the text of paragraphs that belong to no comment
   */
  public record Section(List<Comment> comments, List<String> leftover) {
    public Section {
      comments = List.copyOf(comments);
      leftover = List.copyOf(leftover);
    }
  }

  public Section read(List<TextParagraph> paragraphs) {
    List<Comment> comments = new ArrayList<>();
    List<String> leftover = new ArrayList<>();
    CommentHeader open = null;
    List<String> text = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      TextParagraph p = paragraphs.get(i);
      String next =
          p.lines().size() > 1
              ? p.lines().get(1)
              : i + 1 < paragraphs.size() ? paragraphs.get(i + 1).firstLine() : null;
      Optional<CommentHeader> header = headers.parse(p.firstLine(), next);
      if (header.isPresent()) {
        close(open, text, comments);
        open = header.get();
        text = new ArrayList<>();
        int skip = 1;
        if (open.published() != null && next != null && dates.isOnlyDate(next)) {
          if (p.lines().size() > 1) {
            skip = 2;
          } else {
            i++;
          }
        }
        if (p.lines().size() > skip) {
          addText(p.drop(skip), text);
        }
        continue;
      }
      String joined = p.joined();
      if (boilerplate.isBoilerplate(joined)) {
        close(open, text, comments);
        open = null;
        text = new ArrayList<>();
        leftover.add(joined);
      } else if (open != null) {
        addText(p, text);
      } else {
        leftover.add(joined);
      }
    }
    close(open, text, comments);
    return new Section(comments, leftover);
  }

  private void addText(TextParagraph p, List<String> text) {
    String joined = p.joined();
    if (!joined.isEmpty() && !boilerplate.isBoilerplate(joined)) {
      text.add(joined);
    }
  }

  private static void close(CommentHeader open, List<String> text, List<Comment> out) {
    if (open != null && !text.isEmpty()) {
      out.add(new Comment(open.author(), open.published(), String.join("\n\n", text)));
    }
  }
}
