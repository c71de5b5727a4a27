package org.dragoman.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month and weekday names in every language Dragoman reads dates in (English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Russian), lower-case, with their usual abbreviations: the
 * one source for the date readers of every stage and for the words that open dates rather than
 * names ("September Washington Post-ABC News poll", "Monday"). Read once from the data file {@code
 * calendar.tsv}; immutable and thread-safe.
 */
public final class CalendarWords {
  /** Which calendar unit a word names. */
  public enum Kind {
    /** A month of the year, numbered 1-12. */
    MONTH,
    /** A day of the week, numbered 1-7 from Monday (ISO 8601). */
    WEEKDAY
  }

  /**
   * One calendar word.
   *
   * @param word the word, lower case ("october", "okt", "октября")
   * @param kind month or weekday
   * @param number the month 1-12 or the weekday 1-7 from Monday
   * @param language the ISO 639-1 code of its language ("en")
   * @param abbreviation whether it is a short form ("oct"), written without its full stop
   */
  public record Word(String word, Kind kind, int number, String language, boolean abbreviation) {}

  private static final String RESOURCE = "calendar.tsv";

  /** Every word of the data file, in file order (by language, then by number). */
  public static final List<Word> WORDS = read();

  /** The languages the words are in, in file order. */
  public static final Set<String> LANGUAGES =
      WORDS.stream().map(Word::language).collect(Collectors.toCollection(LinkedHashSet::new));

  /** The twelve English months, written out. */
  public static final Set<String> MONTHS = words(Kind.MONTH, Set.of("en"), false);

  /**
   * The English months' usual abbreviations, without the full stop ("jan", "sept"; "may" is a
   * month).
   */
  public static final Set<String> MONTH_ABBREVIATIONS =
      words(Kind.MONTH, Set.of("en"), true).stream()
          .filter(w -> !MONTHS.contains(w))
          .collect(Collectors.toUnmodifiableSet());

  /** The seven English days of the week. */
  public static final Set<String> WEEKDAYS = words(Kind.WEEKDAY, Set.of("en"), false);

  private CalendarWords() {}

  /**
   * The words of one kind in the given languages, in file order.
   *
   * @param withAbbreviations whether short forms are included along with the names written out
   */
  public static Set<String> words(
      Kind kind, Collection<String> languages, boolean withAbbreviations) {
    Set<String> out = new LinkedHashSet<>();
    for (Word w : WORDS) {
      if (w.kind() == kind
          && languages.contains(w.language())
          && (withAbbreviations || !w.abbreviation())) {
        out.add(w.word());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Every month word of the given languages, names and abbreviations, with its number 1-12. */
  public static Map<String, Integer> monthNumbers(Collection<String> languages) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Word w : WORDS) {
      if (w.kind() == Kind.MONTH && languages.contains(w.language())) {
        out.putIfAbsent(w.word(), w.number());
      }
    }
    return Map.copyOf(out);
  }

  /** Every month word of every language with its number 1-12. */
  public static Map<String, Integer> monthNumbers() {
    return monthNumbers(LANGUAGES);
  }

  /**
   * A regular-expression alternation of {@code words}, longest first (then alphabetical), each
   * quoted, so that a longer word wins over its prefix ("September" before "Sept" before "Sep").
   */
  public static String alternation(Collection<String> words) {
    return words.stream()
        .distinct()
        .sorted(
            Comparator.comparing(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .map(CalendarWords::quoted)
        .collect(Collectors.joining("|"));
  }

  /** The word with its first letter upper-case ("october" to "October"). */
  public static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  private static String quoted(String word) {
    return word.chars().allMatch(Character::isLetter) ? word : Pattern.quote(word);
  }

  private static List<Word> read() {
    List<Word> out = new ArrayList<>();
    boolean header = true;
    for (LexiconFile.Line line : LexiconFile.entries(CalendarWords.class, RESOURCE)) {
      if (header) {
        header = false;
        continue;
      }
      String[] columns = line.raw().split("\t", -1);
      if (columns.length < 4 || columns.length > 5) {
        throw new IllegalStateException(
            RESOURCE + " line " + line.number() + ": expected 4 or 5 tab-separated columns");
      }
      String language = columns[0].strip();
      Kind kind = Kind.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
      int number = Integer.parseInt(columns[2].strip());
      int max = kind == Kind.MONTH ? 12 : 7;
      if (number < 1 || number > max) {
        throw new IllegalStateException(
            RESOURCE + " line " + line.number() + ": number " + number + " out of 1-" + max);
      }
      for (String w : columns[3].strip().split("\\s+")) {
        out.add(new Word(w.toLowerCase(Locale.ROOT), kind, number, language, false));
      }
      if (columns.length == 5 && !columns[4].isBlank()) {
        for (String w : columns[4].strip().split("\\s+")) {
          out.add(new Word(w.toLowerCase(Locale.ROOT), kind, number, language, true));
        }
      }
    }
    return List.copyOf(out);
  }
}
