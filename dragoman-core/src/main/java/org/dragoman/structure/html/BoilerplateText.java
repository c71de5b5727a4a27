package org.dragoman.structure.html;

import java.util.regex.Pattern;

/**
 * Short lines whose words say they are page furniture, in the languages of the web's news: share
 * and follow prompts, "read also" teasers, subscription calls, picture credits, bare dates. The
 * cues live in the lexicon {@code boilerplate-cues.txt} next to this class.
 */
final class BoilerplateText {
  /** The cues of {@code boilerplate-cues.txt}, one alternation anchored at a block's start. */
  private static final Pattern CUE =
      CueLexicon.compile(
          "boilerplate-cues.txt", "^[\\s*\\-\u2013\u2014|\u2022\u00b7>\u00bb]*", "(?![\\p{L}])");

  private static final Pattern BARE_DATE =
      Pattern.compile("^[\\d\\s./:,-]{6,20}(?:uhr|h)?$", Pattern.CASE_INSENSITIVE);

  private BoilerplateText() {}

  /** Whether a block of body text is furniture by its words alone. */
  static boolean furniture(CharSequence block) {
    int n = block.length();
    if (n == 0) {
      return true;
    }
    if (n > 160) {
      return false;
    }
    return CUE.matcher(block).find() || BARE_DATE.matcher(block).matches();
  }
}
