package org.dragoman.structure.html;

import org.dragoman.model.BlockKind;

/**
 * Headings left at the end of a body once the later steps cut what followed them (a related story's
 * headline above a "recommends" box, a box's title): a heading with nothing under it heads no part
 * of the article.
 */
final class TrailingHeadings {
  private TrailingHeadings() {}

  /** The body without the headings that end it; a body that is one heading stays. */
  static BodyText drop(BodyText body) {
    while (body.blocks().size() > 1
        && body.blocks().get(body.blocks().size() - 1).kind() == BlockKind.HEADING) {
      body = body.without(body.blocks().size() - 1);
    }
    return body;
  }
}
