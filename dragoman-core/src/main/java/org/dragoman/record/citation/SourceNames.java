package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Page;

/**
 * Canonical source names: strips articles and stray punctuation, and expands an abbreviation
 * through the document's own publication or site ("EDM" in the Eurasia Daily Monitor), else through
 * a name written out in the text whose initials it is.
 */
final class SourceNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING = Pattern.compile("^[\\p{Punct}“”‘’\\s]+");
  private static final Pattern TRAILING = Pattern.compile("[\\s,;:“”‘’\"]+$");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "&", "on", "de");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&]{1,7}");
  private static final Pattern CAPITALIZED_RUN =
      Pattern.compile(
          "\\b[A-Z][\\p{L}\\-]*(?:\\s+(?:(?:of|and|for|the|&|on|de)\\s+)?[A-Z][\\p{L}\\-]*){1,7}");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "are", "is", "was", "were", "be", "these", "this", "that", "those", "what",
          "how", "why", "who", "when", "where", "we", "it", "they", "he", "she", "i", "you", "in",
          "at", "to", "by", "with", "from", "as", "but", "or", "not", "no", "will", "can", "all");

  private final Page page;
  private final String text;
  private final MediaNames media;

  /** Expansions found so far; one instance serves one document on one thread. */
  private final Map<String, Optional<String>> expansions = new HashMap<>();

  SourceNames(Page page, String text, MediaNames media) {
    this.page = page;
    this.text = text;
    this.media = media;
  }

  private static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** "the BBC," → "BBC". */
  static String clean(String name) {
    String n = MediaNames.withoutArticle(name).strip();
    n = TRAILING.matcher(LEADING.matcher(n).replaceAll("")).replaceAll("");
    return n;
  }

  /** Whether {@code name} is the document's own publication or site, or their initials. */
  boolean isOwn(String name) {
    String n = clean(name);
    for (String own : ownNames()) {
      if (own.equalsIgnoreCase(n) || (ACRONYM.matcher(n).matches() && n.equals(initials(own)))) {
        return true;
      }
    }
    return false;
  }

  /** The source's canonical name: expanded when it is an abbreviation we can resolve. */
  String canonical(String name) {
    String n = clean(name);
    for (String own : ownNames()) {
      if (own.equalsIgnoreCase(n) || (ACRONYM.matcher(n).matches() && n.equals(initials(own)))) {
        return own;
      }
    }
    if (ACRONYM.matcher(n).matches() && !media.isKnown(n)) {
      return expansions.computeIfAbsent(n, this::expansionInText).orElse(n);
    }
    return n;
  }

  private List<String> ownNames() {
    List<String> names = new ArrayList<>();
    if (page.publication() != null && page.publication().name() != null) {
      names.add(page.publication().name().strip());
    }
    if (page.site() != null && !page.site().isBlank()) {
      names.add(page.site().strip());
    }
    return names;
  }

  /** "Eurasia Daily Monitor" → "EDM"; connectors such as "of" do not count. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : SPACES.split(name)) {
      if (!w.isEmpty()
          && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private Optional<String> expansionInText(String acronym) {
    for (Matcher m = CAPITALIZED_RUN.matcher(text); m.find(); ) {
      // the expansion may be part of a longer run ("Publication: Eurasia Daily Monitor Volume")
      String[] words = SPACES.split(m.group());
      for (int i = 0; i < words.length; i++) {
        for (int j = words.length; j > i + 1; j--) {
          if (CONNECTORS.contains(words[i].toLowerCase(Locale.ROOT))
              || CONNECTORS.contains(words[j - 1].toLowerCase(Locale.ROOT))) {
            continue;
          }
          String part = String.join(" ", Arrays.copyOfRange(words, i, j));
          if (initials(part).equals(acronym)
              && Arrays.stream(words, i, j).noneMatch(SourceNames::isStopWord)) {
            return Optional.of(part);
          }
        }
      }
    }
    return Optional.empty();
  }
}
