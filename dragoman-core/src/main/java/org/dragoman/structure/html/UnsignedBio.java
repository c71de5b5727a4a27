package org.dragoman.structure.html;

import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * The note about the writer that closes a post whose page names no byline author, so {@link
 * AuthorBio} cannot recognize it by name: the last paragraph, at most {@value #MAX_LENGTH}
 * characters, that opens with a person's name and goes on "is the founder of ...", "is a freelance
 * writer ...", "ist Journalistin ...": a name, a verb of being, and within the same sentence a word
 * for what writers are.
 */
final class UnsignedBio {
  private static final int MAX_LENGTH = 600;

  private static final Pattern NOTE =
      Pattern.compile(
          "(?!(?:the|this|that|these|our|my|der|die|das|ein|eine|unser|mein)\\s)"
              + "(?:(?:dr|prof)\\.?\\s+)?(?-i:\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}),?"
              + "\\s+(?:is|was|has been|ist|war)\\s+[^.!?]{0,200}?\\b(?:writer"
              + "|reporter|editor|columnist|contributor|correspondent|author|founder|co-founder"
              + "|consultant|blogger|freelancer|fellow|analyst|commentator|strategist|journalist(?:in)?"
              + "|autor(?:in)?|redakteur(?:in)?|gründer(?:in)?|bloggerin|blogger)s?\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private UnsignedBio() {}

  /** The body without a closing note about its writer, when the page names no byline author. */
  static BodyText drop(BodyText body, List<String> authors) {
    List<Block> blocks = body.blocks();
    if (!authors.isEmpty() || blocks.size() < 3) {
      return body;
    }
    int last = blocks.size() - 1;
    Block b = blocks.get(last);
    if (b.kind() != BlockKind.PARAGRAPH || b.end() - b.start() > MAX_LENGTH) {
      return body;
    }
    String text = body.text();
    if (!Character.isUpperCase(text.charAt(b.start()))) {
      return body;
    }
    var m = NOTE.matcher(text);
    m.region(b.start(), b.end());
    return m.lookingAt() ? body.without(last) : body;
  }
}
