package org.dragoman.structure.text;

import java.util.List;
import org.dragoman.model.Publication;

/**
 * What the top of a plain-text page says before its body begins.
 *
 * @param title the title line, or null
 * @param authors byline names
 * @param published the byline or header date, or null
 * @param evidence the line the date came from, or null
 * @param publication the periodical header, or null
 * @param skipped header lines that are page furniture (crumbs, share bars...)
 * @param rest the paragraphs after the header, the first one possibly cut after its header lines
 */
public record PageHeader(
    String title,
    List<String> authors,
    String published,
    String evidence,
    Publication publication,
    List<String> skipped,
    List<TextParagraph> rest) {
  public PageHeader {
    authors = List.copyOf(authors);
    skipped = List.copyOf(skipped);
    rest = List.copyOf(rest);
  }
}
