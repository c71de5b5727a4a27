package org.dragoman.structure.text;

/**
 * A date (with optional time of day) found in a line of text.
 *
 * @param start offset of its first character in the line
 * @param end offset after its last character (time included)
 * @param value "YYYY-MM-DD", "YYYY-MM-DDTHH:MM", or "--MM-DD" when the year is missing
 * @param hasYear whether the text gave the year
 * @param hasTime whether the text gave a time of day
 */
public record FoundDate(int start, int end, String value, boolean hasYear, boolean hasTime) {
  /** The text of the date as written in {@code line}. */
  public String in(String line) {
    return line.substring(start, end);
  }
}
