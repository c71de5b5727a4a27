package org.dragoman.structure.html;

import org.dragoman.lexicon.LexiconFile;

/**
 * A lexicon of cue phrases next to this class (one regular-expression alternative a line, {@code #}
 * comments), compiled into one case-insensitive alternation matched at a text's start.
 */
final class CueLexicon {
  private CueLexicon() {}

  /**
   * The cues of {@code resource} as {@code "^" + leadClass + "*(?:" + cue|cue|... + ")" + suffix},
   * case- and Unicode-insensitive, matched at a text's start (see {@link OpeningCues}); an empty
   * {@code leadClass} allows no lead characters.
   */
  static OpeningCues compile(String resource, String leadClass, String suffix) {
    return new OpeningCues(LexiconFile.texts(CueLexicon.class, resource), leadClass, suffix);
  }
}
