package org.dragoman.structure.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short lines whose words say they are page furniture, in the languages of the web's news: share
 * and follow prompts, "read also" teasers, subscription calls, picture credits, bare dates. The
 * cues live in the lexicon {@code boilerplate-cues.txt} next to this class.
 */
final class BoilerplateText {
  /** The cues of {@code boilerplate-cues.txt}, one alternation anchored at a block's start. */
  private static final Pattern CUE = cues("boilerplate-cues.txt");

  private static final Pattern BARE_DATE =
      Pattern.compile("^[\\d\\s./:,-]{6,20}(?:uhr|h)?$", Pattern.CASE_INSENSITIVE);

  private BoilerplateText() {}

  private static Pattern cues(String resource) {
    List<String> cues = new ArrayList<>();
    try (InputStream in = BoilerplateText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String cue = line.strip();
        if (!cue.isEmpty() && !cue.startsWith("#")) {
          cues.add(cue);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Pattern.compile(
        "^[\\s*\\-\u2013\u2014|\u2022\u00b7>\u00bb]*(?:" + String.join("|", cues) + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

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
