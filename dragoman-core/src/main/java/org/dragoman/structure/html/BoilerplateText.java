package org.dragoman.structure.html;

import java.util.regex.Pattern;

/**
 * Short lines whose words say they are page furniture, in the languages of the web's news: share
 * and follow prompts, "read also" teasers, subscription calls, picture credits, bare dates. The
 * cues live in the lexicon {@code boilerplate-cues.txt} next to this class; the few notices that go
 * however long they run (disclaimers, advertising disclosures, consent placeholders for embedded
 * posts) in {@code notice-cues.txt}.
 */
final class BoilerplateText {
  /** The cues of {@code boilerplate-cues.txt}, one alternation anchored at a block's start. */
  private static final OpeningCues CUE =
      CueLexicon.compile(
          "boilerplate-cues.txt", "[\\s*\\-\u2013\u2014|\u2022\u00b7>\u00bb(\\[]", "(?![\\p{L}])");

  /** The cues of {@code notice-cues.txt}: notices that go however long they run. */
  private static final OpeningCues NOTICE =
      CueLexicon.compile("notice-cues.txt", "[\\s*\\-\u2013\u2014|(\\[]", "(?![\\p{L}])");

  /** The longest block that a notice cue marks as furniture. */
  private static final int NOTICE_LENGTH = 600;

  private static final Pattern BARE_DATE =
      Pattern.compile("^[\\d\\s./:,-]{6,20}(?:uhr|h)?$", Pattern.CASE_INSENSITIVE);

  /** The longest block that a copyright sign marks as a picture's caption and credit. */
  private static final int CREDIT_LENGTH = 300;

  private BoilerplateText() {}

  /**
   * Whether a short block carries a copyright sign: in an article's text that is a picture's
   * caption with its credit ("The square at dusk. © AFP / Jane Doe") or a rights line.
   */
  private static boolean credit(CharSequence block) {
    for (int i = 0, n = block.length(); i < n; i++) {
      if (block.charAt(i) == '\u00a9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a block of any length opens with a furniture cue ("Subscribe", "Der Beitrag wurde").
   */
  static boolean cued(CharSequence block) {
    return CUE.lookingAt(block);
  }

  /** Whether a block of body text is furniture by its words alone. */
  static boolean furniture(CharSequence block) {
    int n = block.length();
    if (n == 0) {
      return true;
    }
    if (n > 160) {
      return n <= CREDIT_LENGTH && credit(block) || n <= NOTICE_LENGTH && NOTICE.lookingAt(block);
    }
    if (credit(block)) {
      return true;
    }
    return CUE.lookingAt(block) || bareDate(block);
  }

  /**
   * {@link #BARE_DATE} matches the whole block, so only a block of 6 to 23 characters that opens
   * with one of its date characters or white space is tried.
   */
  private static boolean bareDate(CharSequence block) {
    int n = block.length();
    if (n < 6 || n > 23) {
      return false;
    }
    char c = block.charAt(0);
    boolean opens =
        c >= '0' && c <= '9'
            || c == '.'
            || c == '/'
            || c == ':'
            || c == ','
            || c == '-'
            || c == ' '
            || c >= '\t' && c <= '\r';
    return opens && BARE_DATE.matcher(block).matches();
  }
}
