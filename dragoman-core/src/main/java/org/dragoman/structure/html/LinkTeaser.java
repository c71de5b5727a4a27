package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;

/**
 * A paragraph that is nothing but a link, or a short cue and a link: inside an article it points to
 * another article ("Lesen Sie auch: ...", a bare headline linked to its story), never says
 * something itself. List items and headings are left alone: a list of links may be the article's
 * own list of sources. A short paragraph or list item that ends in a link saying only "read more"
 * ("Weiterlesen", "mehr »") is the summary of another page, a teaser too.
 */
final class LinkTeaser {
  private static final int MAX_LENGTH = 200;

  /** The longest summary that a closing "read more" link marks as a teaser. */
  private static final int MAX_SUMMARY = 300;

  /** A link's whole text that only leads on to the rest of another page. */
  private static final Pattern MORE =
      Pattern.compile(
          "\\s*(?:weiterlesen|mehr lesen|(?:read|view|see) more|continue reading|lire la suite"
              + "|leer más|ver más|leggi (?:tutto|di più)|mehr|more|más|plus)"
              + "[\\s\u00a0.…»›>+•·-]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private LinkTeaser() {}

  /**
   * Whether a block of which {@code linked} characters are link text is a link teaser. A bare web
   * address is not: it is the article citing its source.
   */
  static boolean is(BlockKind kind, CharSequence block, int linked) {
    int length = block.length();
    if (kind != BlockKind.PARAGRAPH || length == 0 || length > MAX_LENGTH || address(block)) {
      return false;
    }
    return linked >= 0.8 * length;
  }

  /**
   * The body without its paragraphs and list items of at most {@value #MAX_SUMMARY} characters that
   * end in a link saying only "read more" after some words of summary. A page where such teasers
   * hold most of the text is a list of stories, whose summaries are its text: it stays whole.
   */
  static BodyText dropMoreTeasers(BodyText body) {
    List<Integer> teasers = new ArrayList<>();
    int letters = 0;
    for (int i = 0; i < body.blocks().size(); i++) {
      Block b = body.blocks().get(i);
      if (endsInMoreLink(body, b)) {
        teasers.add(i);
        letters += b.end() - b.start();
      }
    }
    if (teasers.isEmpty() || letters * 2 > body.text().length()) {
      return body;
    }
    for (int k = teasers.size() - 1; k >= 0; k--) {
      body = body.without(teasers.get(k));
    }
    return body;
  }

  private static boolean endsInMoreLink(BodyText body, Block b) {
    int length = b.end() - b.start();
    if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM
        || length > MAX_SUMMARY) {
      return false;
    }
    for (Link l : body.links()) {
      if (l.end() == b.end() && l.start() > b.start() && l.end() - l.start() <= 30) {
        return MORE.matcher(body.text().substring(l.start(), l.end())).matches();
      }
    }
    return false;
  }

  private static boolean address(CharSequence block) {
    String head = block.subSequence(0, Math.min(8, block.length())).toString();
    return head.startsWith("http://") || head.startsWith("https://") || head.startsWith("www.");
  }
}
