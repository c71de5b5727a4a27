package org.dragoman.record.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words that tell a person's gender in English news: given names ("Hillary"), honorifics
 * ("Mrs.") and person nouns ("congresswoman", "wife"). Read once from the data file {@code
 * genders.tsv}; immutable and thread-safe.
 */
final class GenderLexicon {
  private static final String RESOURCE = "genders.tsv";

  private final Map<String, Gender> names;
  private final Map<String, Gender> words;

  private GenderLexicon(Map<String, Gender> names, Map<String, Gender> words) {
    this.names = Map.copyOf(names);
    this.words = Map.copyOf(words);
  }

  /** The lexicon bundled with Dragoman. */
  static GenderLexicon bundled() {
    return Bundled.LEXICON;
  }

  /** Holds the bundled lexicon, read on first use. */
  private static final class Bundled {
    static final GenderLexicon LEXICON = read();

    private static GenderLexicon read() {
      try (InputStream in = GenderLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  static GenderLexicon parse(BufferedReader in) throws IOException {
    Map<String, Gender> names = new HashMap<>();
    Map<String, Gender> words = new HashMap<>();
    boolean header = true;
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false; // the column names
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3 || !cols[1].matches("[fm]")) {
        throw new IllegalArgumentException(
            RESOURCE + " line " + lineNo + ": expected word<TAB>f|m<TAB>kind, got '" + line + "'");
      }
      Gender g = cols[1].equals("f") ? Gender.FEMALE : Gender.MALE;
      switch (cols[2]) {
        case "name" -> names.put(cols[0], g);
        case "title", "noun" -> words.put(cols[0].toLowerCase(Locale.ROOT), g);
        default ->
            throw new IllegalArgumentException(
                RESOURCE + " line " + lineNo + ": unknown kind '" + cols[2] + "'");
      }
    }
    return new GenderLexicon(names, words);
  }

  /** The gender of a given name as written ("Hillary"), or null when unknown or ambiguous. */
  Gender ofGivenName(String name) {
    return names.get(name);
  }

  /**
   * The gender of an honorific or person noun, any case, with or without a final period ("Mrs.",
   * "spokeswoman", "wives" is not known), or null.
   */
  Gender ofWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return words.get(w);
  }
}
