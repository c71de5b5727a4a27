package org.dragoman.record.citation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.lexicon.NewsMedia;

/**
 * Tells whether a name is a news medium: a name with a media word ("Itar-Tass News Agency", "The
 * Moscow Times", "Uzbek Television First Channel", "Eurasia Daily Monitor"), a news site's domain
 * ("rferl.org"), or one of the news media of the shared list ({@link NewsMedia}; not its think
 * tanks), whose names need not say what they are ("Reuters", "Kommersant").
 */
final class MediaNames {
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}(?:/\\S*)?");
  private static final Set<String> MEDIA_WORDS =
      Set.of(
          "agency",
          "news",
          "newswire",
          "times",
          "post",
          "television",
          "tv",
          "radio",
          "channel",
          "gazette",
          "gazeta",
          "journal",
          "press",
          "wire",
          "daily",
          "herald",
          "tribune",
          "telegraph",
          "chronicle",
          "monitor",
          "observer",
          "express",
          "courier",
          "broadcasting",
          "broadcaster",
          "broadcast",
          "magazine",
          "weekly",
          "newspaper",
          "bulletin",
          "media",
          "zeitung",
          "shimbun",
          "dispatch",
          "inquirer",
          "gazeta.ru",
          "insider",
          "wochenblatt");
  private static final Set<String> MEDIA_SUFFIXES = Set.of("inform", "press", "news", "fax");

  private final Set<String> known;

  MediaNames() {
    this.known = load();
  }

  /** Whether {@code name} names a news medium. */
  boolean isMedia(String name) {
    String n = withoutArticle(name).toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return false;
    }
    if (known.contains(n) || isDomain(n)) {
      return true;
    }
    for (String word : WORD_BREAK.split(n)) {
      if (MEDIA_WORDS.contains(word)) {
        return true;
      }
      for (String suffix : MEDIA_SUFFIXES) {
        if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code name} is one of the well-known media names (exactly, ignoring case). */
  boolean isKnown(String name) {
    return known.contains(withoutArticle(name).toLowerCase(Locale.ROOT));
  }

  /** "the BBC" → "BBC". */
  static String withoutArticle(String name) {
    String n = name.strip();
    if (n.regionMatches(true, 0, "the ", 0, 4)) {
      n = n.substring(4).strip();
    }
    return n;
  }

  static boolean isDomain(String name) {
    return DOMAIN.matcher(name).matches();
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (NewsMedia.Outlet outlet : NewsMedia.outlets()) {
      if (outlet.isMedium()) {
        names.add(withoutArticle(outlet.name()).toLowerCase(Locale.ROOT));
        outlet.variants().forEach(v -> names.add(withoutArticle(v).toLowerCase(Locale.ROOT)));
      }
    }
    return Set.copyOf(names);
  }
}
