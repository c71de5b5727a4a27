package org.dragoman.structure.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * A picture's caption that the page sets as a paragraph of its own, not in a {@code figcaption}: a
 * short block that ends in the picture's credit ("The square at dusk. Photo: AP", "Crowds in the
 * square. Photograph: Jane Roe/Reuters", "The mayor speaks. (AP Photo/John Doe)", "Die Fähre am
 * Morgen. Foto: dpa"). A credit closes only captions; a sentence that names a photographer or an
 * agency ends in a full stop after a verb, not in "Photo: Name".
 */
final class PictureCaptions {
  /** The longest block that a closing credit marks as a caption. */
  static final int MAX_LENGTH = 420;

  /** The last characters of a block searched for its credit. */
  private static final int TAIL = 110;

  /**
   * A credit closing the block, after the caption's last sentence, a bar or dash, or an opening
   * parenthesis: "Photo: X", "Photograph by X", "Picture courtesy of X", "Foto: X", "(AP Photo/X)",
   * "(Gazette Photo/X)".
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:(?<![^\\n])|(?<=[.!?\"\u201d\u2019)\u00bb])\\s+|\\s+[|\u2013\u2014/-]\\s*|\\s*\\()"
              + "(?:(?:photo(?:graph)?s?|pictures?|images?|fotos?|bild(?:er)?|credits?"
              + "|illustrations?|video)"
              + "\\s*(?::|by\\b|courtesy(?: of)?\\b)\\s*[^.!?:()]{2,80}"
              + "|(?:[\\p{L}&.-]+\\s+){0,2}(?:photo|foto)s?\\s*/\\s*[^.!?:()]{2,60})"
              + "\\)?\\.?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private PictureCaptions() {}

  /** The body without its caption blocks; a body that is one block stays whole. */
  static BodyText drop(BodyText body) {
    for (int i = body.blocks().size() - 1; i >= 0 && body.blocks().size() > 1; i--) {
      Block b = body.blocks().get(i);
      if (b.kind() != BlockKind.PREFORMATTED
          && b.end() - b.start() <= MAX_LENGTH
          && (endsInCredit(body.text(), b.start(), b.end())
              || AgencyCredit.endsIn(body.text(), b.start(), b.end()))) {
        body = body.without(i);
      }
    }
    return body;
  }

  /** Whether {@code text} from {@code start} to {@code end} ends in a picture's credit. */
  static boolean endsInCredit(String text, int start, int end) {
    int from = Math.max(start, end - TAIL);
    if (!creditMarkIn(text, from, end) || !creditWordIn(text, from, end)) {
      return false;
    }
    Matcher m = CREDIT.matcher(text);
    m.region(from, end);
    m.useTransparentBounds(true);
    return m.find();
  }

  /**
   * The words one of which every credit the expression reads holds (as "photograph" holds "photo"
   * and "Fotos" holds "foto").
   */
  private static final String[] CREDIT_WORDS = {
    "photo", "foto", "picture", "image", "bild", "credit", "illustration", "video"
  };

  /** A second cheap test before the expression: the text holds one of {@link #CREDIT_WORDS}. */
  private static boolean creditWordIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char lower = (char) (c | 0x20);
      if (c >= 0x80
          || lower == 'p'
          || lower == 'f'
          || lower == 'i'
          || lower == 'b'
          || lower == 'c'
          || lower == 'v') {
        for (String word : CREDIT_WORDS) {
          if (i + word.length() <= to && text.regionMatches(true, i, word, 0, word.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A cheap test before the expression: every credit holds a colon, a slash, "by" or "courtesy".
   */
  private static boolean creditMarkIn(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ':'
          || c == '/'
          || c == ' ' && i + 3 < to && text.regionMatches(true, i + 1, "by ", 0, 3)
          || c == 'y' && i >= from + 7 && text.regionMatches(true, i - 7, "courtesy", 0, 8)) {
        return true;
      }
    }
    return false;
  }
}
