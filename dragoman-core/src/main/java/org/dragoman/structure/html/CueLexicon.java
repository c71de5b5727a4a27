package org.dragoman.structure.html;

import java.util.regex.Pattern;
import org.dragoman.lexicon.LexiconFile;

/**
 * A lexicon of cue phrases next to this class (one regular-expression alternative a line, {@code #}
 * comments), compiled into one case-insensitive alternation.
 */
final class CueLexicon {
  private CueLexicon() {}

  /**
   * The cues of {@code resource} as {@code prefix + "(?:" + cue|cue|... + ")" + suffix}, case- and
   * Unicode-insensitive.
   */
  static Pattern compile(String resource, String prefix, String suffix) {
    return Pattern.compile(
        prefix
            + "(?:"
            + String.join("|", LexiconFile.texts(CueLexicon.class, resource))
            + ")"
            + suffix,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }
}
