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
        prefix + "(?:" + String.join("|", lines(resource)) + ")" + suffix,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static List<String> lines(String resource) {
    List<String> cues = new ArrayList<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
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
    return cues;
  }
}
