package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Drops the page's headline from the start of its body: the title is a field of its own, and an
 * article's text does not open with it (it does when the container holds the article's header).
 * Only a heading or short paragraph among the first {@value #FIRST} blocks that says the title, or
 * a part of it, goes, and with it the short labels above it (a kicker like "Opinion").
 */
final class RepeatedHeadline {
  private static final int FIRST = 3;
  private static final int MAX_LENGTH = 300;
  private static final int MIN_PART = 16;

  /** The longest line above a headline that is read as its label ("Opinion", "Exclusive"). */
  private static final int MAX_LABEL = 40;

  private RepeatedHeadline() {}

  /**
   * The body without its first {@code count} blocks when each is a short line: above the headline a
   * page sets its kicker and section labels ("Opinion", "Analysis"), never the article's text.
   */
  private static BodyText withoutLabelsBefore(BodyText body, int count) {
    for (int k = 0; k < count; k++) {
      Block b = body.blocks().get(k);
      if (b.end() - b.start() > MAX_LABEL) {
        return body;
      }
    }
    // a body that is nothing but these lines keeps its first
    return body.without(count < body.blocks().size() ? 0 : 1, count);
  }

  /**
   * The body without a block near its start that repeats {@code title}, the page's chosen title,
   * and that the page's own {@code <title>} element or a title the publisher's metadata declares
   * (og:title, JSON-LD headline) names too, so a subheading taken for the title stays in the text.
   */
  static BodyText drop(BodyText body, String title, String pageTitle, List<String> declaredTitles) {
    if (title == null || title.isBlank()) {
      return body;
    }
    String wanted = HeadlineText.normal(title);
    List<String> named = new ArrayList<>();
    if (pageTitle != null && !pageTitle.isBlank()) {
      named.add(HeadlineText.normal(pageTitle));
    }
    for (String d : declaredTitles) {
      named.add(HeadlineText.normal(d));
    }
    if (named.isEmpty()) {
      return body;
    }
    for (int i = 0; i < Math.min(FIRST, body.blocks().size()); i++) {
      Block b = body.blocks().get(i);
      int length = b.end() - b.start();
      if (length > MAX_LENGTH || b.kind() != BlockKind.HEADING && b.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      String line = HeadlineText.normal(body.text().substring(b.start(), b.end()));
      if ((line.equals(wanted) || line.length() >= MIN_PART && wanted.contains(line))
          && named.stream().anyMatch(n -> n.contains(line))) {
        return withoutLabelsBefore(body.without(i), i);
      }
    }
    return body;
  }
}
