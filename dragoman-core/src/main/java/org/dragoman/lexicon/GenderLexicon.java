package org.dragoman.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words that tell a person's gender in English news: given names ("Hillary"), honorifics
 * ("Mrs.") and person nouns ("congresswoman", "wife"). Read once from the data file {@code
 * genders.tsv}; immutable and thread-safe. The entity stage uses it to keep "Mrs. Clinton" off
 * "Bill Clinton", the quote stage to resolve "she" and "he".
 */
public final class GenderLexicon {
  private static final String RESOURCE = "genders.tsv";

  private final Map<String, Gender> names;
  private final Map<String, Gender> honorifics;
  private final Map<String, Gender> words;

  private GenderLexicon(
      Map<String, Gender> names, Map<String, Gender> honorifics, Map<String, Gender> words) {
    this.names = Map.copyOf(names);
    this.honorifics = Map.copyOf(honorifics);
    this.words = Map.copyOf(words);
  }

  /** The lexicon bundled with Dragoman. */
  public static GenderLexicon bundled() {
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

  /**
   * Reads {@code word<TAB>f|m<TAB>name|title|noun} lines after a line of column names.
   *
   * @throws IllegalArgumentException naming the line, for a line of another shape
   */
  static GenderLexicon parse(BufferedReader in) throws IOException {
    Map<String, Gender> names = new HashMap<>();
    Map<String, Gender> honorifics = new HashMap<>();
    Map<String, Gender> words = new HashMap<>();
    List<LexiconFile.Line> lines = LexiconFile.read(in, false);
    for (LexiconFile.Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cols = line.raw().split("\t");
      if (cols.length != 3 || !cols[1].matches("[fm]")) {
        throw new IllegalArgumentException(
            RESOURCE
                + " line "
                + line.number()
                + ": expected word<TAB>f|m<TAB>kind, got '"
                + line.raw()
                + "'");
      }
      Gender g = cols[1].equals("f") ? Gender.FEMALE : Gender.MALE;
      String lower = cols[0].toLowerCase(Locale.ROOT);
      switch (cols[2]) {
        case "name" -> names.put(cols[0], g);
        case "title" -> {
          honorifics.put(lower, g);
          words.put(lower, g);
        }
        case "noun" -> words.put(lower, g);
        default ->
            throw new IllegalArgumentException(
                RESOURCE + " line " + line.number() + ": unknown kind '" + cols[2] + "'");
      }
    }
    return new GenderLexicon(names, honorifics, words);
  }

  /** The gender of a given name as written ("Hillary"), or null when unknown or ambiguous. */
  public Gender ofGivenName(String name) {
    return names.get(name);
  }

  /** The gender of an honorific ("Mrs.", "Mr"), any case, with or without its period, or null. */
  public Gender ofHonorific(String word) {
    return honorifics.get(withoutPeriod(word));
  }

  /**
   * The gender of an honorific or person noun, any case, with or without a final period ("Mrs.",
   * "spokeswoman", "wives" is not known), or null.
   */
  public Gender ofWord(String word) {
    return words.get(withoutPeriod(word));
  }

  private static String withoutPeriod(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
