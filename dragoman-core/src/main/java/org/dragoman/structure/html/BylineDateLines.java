package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.LexiconFile;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * Drops the byline and date lines that a container carries at the start or the end of an article
 * ("By Ana Li", "Ana Li | 4 May 2022, 10:15", "Updated 19. Oktober 2019 16:14 Uhr", "Auteur : Ana
 * Li"): short blocks made only of the page's author names, calendar words, numbers and the labels
 * that go with them. A line goes only when it names an author in full or says a date (a month or
 * weekday name, or a written date or time such as 04.05.2022 or 16:14), so a bare number or a name
 * that is not the page's author stays.
 */
final class BylineDateLines {
  private static final int FIRST = 4;
  private static final int LAST = 2;
  private static final int MAX_LENGTH = 120;

  /**
   * A run of letters or a run of digits: a time or a date glued to its label ("7:40am", "20H06",
   * "2022Actualizado") reads as its parts.
   */
  private static final Pattern WORD = Pattern.compile("\\p{L}+|\\p{N}+");

  private static final Pattern WRITTEN_DATE =
      Pattern.compile(
          "\\b(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}:\\d{2})\\b");

  /** Calendar words of every language: month and weekday names and their short forms. */
  private static final Set<String> CALENDAR = calendar();

  /**
   * Words that go with a byline or a date line, in the languages of the web's news: the lexicon
   * {@code byline-date-labels.txt} next to this class.
   */
  private static final Set<String> LABELS =
      Set.copyOf(LexiconFile.texts(BylineDateLines.class, "byline-date-labels.txt"));

  private BylineDateLines() {}

  /** The body without byline and date lines among its first and last blocks. */
  static BodyText drop(BodyText body, List<String> authors) {
    Set<String> authorWords = new HashSet<>();
    List<List<String>> names = new ArrayList<>();
    for (String a : authors) {
      List<String> words = words(a);
      if (!words.isEmpty()) {
        names.add(words);
        authorWords.addAll(words);
      }
    }
    int n = body.blocks().size();
    List<Integer> drop = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((i < FIRST || i >= n - LAST) && isLine(body, body.blocks().get(i), authorWords, names)) {
        drop.add(i);
      }
    }
    if (drop.isEmpty() || drop.size() == n) {
      return body;
    }
    BodyText out = body;
    for (int k = drop.size() - 1; k >= 0; k--) {
      out = out.without(drop.get(k));
    }
    return out;
  }

  private static boolean isLine(
      BodyText body, Block b, Set<String> authorWords, List<List<String>> names) {
    if (b.end() - b.start() > MAX_LENGTH
        || b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.HEADING) {
      return false;
    }
    String line = body.text().substring(b.start(), b.end());
    List<String> words = words(line);
    if (words.isEmpty()) {
      return false;
    }
    boolean calendar = false;
    for (String w : words) {
      if (CALENDAR.contains(w)) {
        calendar = true;
      } else if (!LABELS.contains(w) && !authorWords.contains(w) && !isNumber(w)) {
        return false;
      }
    }
    if (calendar || WRITTEN_DATE.matcher(line).find()) {
      return true;
    }
    Set<String> present = new HashSet<>(words);
    return names.stream().anyMatch(present::containsAll);
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Set<String> calendar() {
    Set<String> out = new HashSet<>();
    for (CalendarWords.Word w : CalendarWords.WORDS) {
      out.add(w.word());
    }
    return Set.copyOf(out);
  }
}
