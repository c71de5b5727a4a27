package org.dragoman.structure.html;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Link;

/**
 * An article body as text with its blocks and links as spans over it.
 *
 * @param text paragraphs separated by blank lines
 * @param blocks paragraphs, headings, block quotes, list items and preformatted text, in order
 * @param links hyperlinks with absolute URLs, in order
 */
public record BodyText(String text, List<Block> blocks, List<Link> links) {
  public static final BodyText EMPTY = new BodyText("", List.of(), List.of());

  public BodyText {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
  }
}
