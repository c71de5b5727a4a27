package org.dragoman.record.entity;

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
 * The gender that given names ("Hillary") and honorifics ("Mrs.", "Mr.") tell, read once from the
 * bundled gender list of the quote stage; used to keep "Mrs. Clinton" off "Bill Clinton". Immutable
 * and thread-safe.
 */
final class NameGenders {
  private static final String RESOURCE = "/org/dragoman/record/quote/genders.tsv";

  private final Map<String, Character> givenNames;
  private final Map<String, Character> honorifics;

  private NameGenders(Map<String, Character> givenNames, Map<String, Character> honorifics) {
    this.givenNames = Map.copyOf(givenNames);
    this.honorifics = Map.copyOf(honorifics);
  }

  static NameGenders bundled() {
    return Bundled.GENDERS;
  }

  /** Holds the bundled list, read on first use. */
  private static final class Bundled {
    static final NameGenders GENDERS = read();

    private static NameGenders read() {
      try (InputStream in = NameGenders.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, Character> names = new HashMap<>();
        Map<String, Character> titles = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] cols = line.split("\t");
          if (line.startsWith("#") || cols.length != 3 || !cols[1].matches("[fm]")) {
            continue;
          }
          if (cols[2].equals("name")) {
            names.put(cols[0], cols[1].charAt(0));
          } else if (cols[2].equals("title")) {
            titles.put(cols[0].toLowerCase(Locale.ROOT), cols[1].charAt(0));
          }
        }
        return new NameGenders(names, titles);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
      }
    }
  }

  /** 'f' or 'm' for a given name as written, or 0 when unknown. */
  char ofGivenName(String name) {
    return givenNames.getOrDefault(name, '\0');
  }

  /** 'f' or 'm' for an honorific such as "Mrs." or "Mr", any case, or 0 when it is none. */
  char ofHonorific(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return honorifics.getOrDefault(w, '\0');
  }
}
