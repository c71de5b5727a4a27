package org.dragoman.structure.html;

import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * The note about the author that closes many articles and posts ("Jane Roe is a reporter covering
 * the coast.", "Bob Fischer ist Pilot und schreibt ..."): one of the last {@value #LAST}
 * paragraphs, at most {@value #MAX_LENGTH} characters long, that opens with the name of one of the
 * page's own byline authors (a title like "Dr." before it allowed) and goes on in the third person
 * with what that person is or does. Only the byline's names count, so a closing paragraph about
 * someone the story quotes stays.
 */
final class AuthorBio {
  static final int LAST = 2;
  private static final int MAX_LENGTH = 600;

  /** What follows the name in a note about its bearer: is, works, writes, was born, studied. */
  private static final Pattern PREDICATE =
      Pattern.compile(
          "(?:,? (?:is|was|works|writes|lives|has been|covers|ist|war|arbeitet|schreibt|lebt"
              + "|studierte|est|es|trabaja|escribe)"
              + "|, (?:geb\\.|geboren|born|\\d{2,4}|jahrgang))[\\s,]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern TITLE =
      Pattern.compile("(?:(?:dr|prof|mag|dipl\\.-ing)\\.\\s*)+", Pattern.CASE_INSENSITIVE);

  private AuthorBio() {}

  /** The body without a closing note about one of {@code authors}, the page's byline names. */
  static BodyText drop(BodyText body, List<String> authors) {
    List<Block> blocks = body.blocks();
    if (authors.isEmpty() || blocks.size() <= LAST) {
      return body;
    }
    for (int i = blocks.size() - 1; i >= blocks.size() - LAST; i--) {
      Block b = blocks.get(i);
      if (b.kind() == BlockKind.PARAGRAPH
          && b.end() - b.start() <= MAX_LENGTH
          && aboutAuthor(body.text().substring(b.start(), b.end()), authors)) {
        return body.without(i);
      }
    }
    return body;
  }

  static boolean aboutAuthor(String paragraph, List<String> authors) {
    var title = TITLE.matcher(paragraph);
    int from = title.lookingAt() ? title.end() : 0;
    for (String author : authors) {
      String name = author.strip();
      if (name.indexOf(' ') < 0 || !paragraph.startsWith(name, from)) {
        continue;
      }
      var rest = PREDICATE.matcher(paragraph);
      rest.region(from + name.length(), paragraph.length());
      if (rest.lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
