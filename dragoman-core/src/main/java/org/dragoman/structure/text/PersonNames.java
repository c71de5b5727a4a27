package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.lexicon.CalendarWords;
import org.dragoman.lexicon.WordSets;

/**
 * Tells whether a short string looks like a person's name or a commenter's handle, and splits a
 * byline's list of names ("Anna Petrova and Ivan Sokolov, Reuters").
 */
public final class PersonNames {
  private static final Pattern NAME_WORD =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|da|van|von|der|al|el|bin|ibn|la|le|di|du)(?:-\\p{L}+)?)");
  private static final Pattern HANDLE_WORD = Pattern.compile("[\\p{L}\\d_.'’-]+");
  private static final Set<String> NOT_NAMES =
      WordSets.union(
          Set.of(
              "posted",
              "published",
              "updated",
              "written",
              "by",
              "on",
              "at",
              "the",
              "comments",
              "comment",
              "reply",
              "share",
              "home",
              "news",
              "staff",
              "editor",
              "correspondent",
              "reporter",
              "writer",
              "agency",
              "press",
              "today",
              "yesterday",
              "previous",
              "next",
              "related",
              "leave",
              "subscribe",
              "and",
              "or",
              "in",
              "to",
              "of",
              "for",
              "from",
              "with",
              "via",
              "read",
              "more",
              "admin",
              "anonymous"),
          CalendarWords.MONTHS,
          CalendarWords.WEEKDAYS);
  private static final Set<String> AFFILIATION_WORDS =
      Set.of(
          "staff",
          "correspondent",
          "reporter",
          "writer",
          "editor",
          "agency",
          "news",
          "press",
          "contributor",
          "analyst",
          "bureau",
          "desk",
          "service",
          "times",
          "post",
          "daily");

  /**
   * Whether {@code s} is a capitalized name of one to five words ("Nathan Hamm", "J. R. Smith").
   */
  public boolean isProperName(String s) {
    String[] words = s.strip().split("\\s+");
    if (s.isBlank() || words.length > 5 || s.length() > 60) {
      return false;
    }
    boolean upper = false;
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(lower(w))) {
        return false;
      }
      upper |= Character.isUpperCase(w.charAt(0));
    }
    return upper;
  }

  /**
   * Whether {@code s} can be a commenter's display name: a proper name, or a handle of one to three
   * words ("brian", "steppe_watcher").
   */
  public boolean isHandle(String s) {
    String t = s.strip();
    if (isProperName(t)) {
      return true;
    }
    String[] words = t.split("\\s+");
    if (t.isEmpty() || words.length > 3 || t.length() > 40) {
      return false;
    }
    for (String w : words) {
      if (!HANDLE_WORD.matcher(w).matches() || NOT_NAMES.contains(lower(w))) {
        return false;
      }
    }
    return Character.isLetter(t.charAt(0));
  }

  /**
   * The author names in a byline's name list: split on commas, "and", "&"; a single word after a
   * comma (an agency, "Staff") and affiliation phrases are left out. Empty when a part is not a
   * name.
   */
  public List<String> splitAuthors(String list, boolean lenient) {
    List<String> names = new ArrayList<>();
    String[] commaParts = list.strip().split("\\s*[,;/]\\s*");
    for (int i = 0; i < commaParts.length; i++) {
      String part = commaParts[i].strip();
      if (part.isEmpty()) {
        continue;
      }
      if (i > 0 && (isAffiliation(part) || !part.contains(" ") && !part.contains("&"))) {
        if (!names.isEmpty()) {
          continue;
        }
      }
      for (String name : part.split("\\s+(?:and|&|und|et)\\s+|\\s*&\\s*")) {
        String n = name.strip();
        if (isProperName(n) || lenient && isHandle(n)) {
          names.add(n);
        } else if (i == 0 || !isAffiliation(n)) {
          return List.of();
        }
      }
    }
    return names;
  }

  private static boolean isAffiliation(String part) {
    for (String w : part.split("\\s+")) {
      if (AFFILIATION_WORDS.contains(lower(w))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String w) {
    return w.replaceAll("[.,:]+$", "").toLowerCase(Locale.ROOT);
  }
}
