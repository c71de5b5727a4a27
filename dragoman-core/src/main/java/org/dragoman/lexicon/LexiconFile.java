package org.dragoman.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a line-based lexicon file: one entry a line, blank lines and lines starting with {@code #}
 * skipped, and in a sectioned file, {@code [section]} lines that head the entries after them.
 */
public final class LexiconFile {
  /**
   * One entry line.
   *
   * @param number its line number, from 1
   * @param section the section it is under as written, or null (before any, or unsectioned)
   * @param raw the line as written, with any leading or trailing whitespace
   */
  public record Line(int number, String section, String raw) {
    /** The entry without leading or trailing whitespace. */
    public String text() {
      return raw.strip();
    }
  }

  private LexiconFile() {}

  /** The entries of the resource {@code name} next to {@code owner}, with no sections. */
  public static List<Line> entries(Class<?> owner, String name) {
    return resource(owner, name, false);
  }

  /** The entries of the resource {@code name} next to {@code owner}, under their sections. */
  public static List<Line> sectioned(Class<?> owner, String name) {
    return resource(owner, name, true);
  }

  /** The stripped text of every entry of the resource {@code name} next to {@code owner}. */
  public static List<String> texts(Class<?> owner, String name) {
    return entries(owner, name).stream().map(Line::text).toList();
  }

  /** The entries {@code reader} reads, under their sections when {@code sections} is true. */
  public static List<Line> read(BufferedReader reader, boolean sections) throws IOException {
    List<Line> out = new ArrayList<>();
    String section = null;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (sections && text.startsWith("[") && text.endsWith("]")) {
        section = text.substring(1, text.length() - 1);
        continue;
      }
      out.add(new Line(number, section, line));
    }
    return List.copyOf(out);
  }

  private static List<Line> resource(Class<?> owner, String name, boolean sections) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " next to " + owner.getSimpleName());
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sections);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }
}
