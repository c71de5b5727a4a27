package org.dragoman.structure.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a thin author credit (a first name alone, "Nils"; a login, "robert.stitz",
 * "arianschlichenmayer") and finds the full name the same page gives elsewhere ("Nils Pickert" in
 * the byline or the author box, "Robert Stitz" in the author meta tag).
 */
final class FullerName {
  private static final Pattern LOGIN =
      Pattern.compile("\\p{Ll}[\\p{Ll}\\d]*(?:[._-][\\p{Ll}\\d]+)*");
  private static final Pattern LOGIN_PARTS = Pattern.compile("[._-]");
  private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "zu");

  /** A capitalized word, the surname that may follow a first name in running text. */
  private static final String SURNAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";

  private FullerName() {}

  /** Whether a credit is a first name alone or a login rather than a person's full name. */
  static boolean thin(String name) {
    return SINGLE_NAME.matcher(name).matches() || LOGIN.matcher(name).matches();
  }

  /** Whether a credit is a capitalized first name alone ("Nils"). */
  static boolean firstNameAlone(String name) {
    return SINGLE_NAME.matcher(name).matches();
  }

  /**
   * Whether {@code candidate} is the full form of the thin credit: it has more words and opens with
   * the first name ("Nils" → "Nils Pickert"), or it spells the login ("robert.stitz" → "Robert
   * Stitz", "arianschlichenmayer" → "Arian Schlichenmayer", "christian.stadtfeld" → "Christian P.
   * Stadtfeld").
   */
  static boolean fuller(String thin, String candidate) {
    String[] words = SPACES.split(candidate.strip());
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
        return false; // "Stefanus →", "Nils schreibt"
      }
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    String t = thin.toLowerCase(Locale.ROOT);
    if (SINGLE_NAME.matcher(thin).matches()) {
      return first.equals(t);
    }
    String squashed = SiteIdentity.squash(candidate);
    if (squashed.equals(SiteIdentity.squash(thin))) {
      return true;
    }
    String[] parts = LOGIN_PARTS.split(t);
    return parts.length >= 2
        && first.equals(parts[0])
        && words[words.length - 1].toLowerCase(Locale.ROOT).equals(parts[parts.length - 1]);
  }

  /**
   * The full names a short text (an author box, a byline) may give for a first name ("Nils Pickert
   * ist freier Autor" → "Nils Pickert"), in order; the caller checks them.
   */
  static java.util.List<String> inText(String firstName, String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (!SINGLE_NAME.matcher(firstName).matches() || text == null || !text.contains(firstName)) {
      return out;
    }
    Matcher m =
        Pattern.compile("(?<![\\p{L}])" + Pattern.quote(firstName) + "\\s+(" + SURNAME + ")\\b")
            .matcher(text);
    while (m.find()) {
      if (!m.group(1).equals(firstName)) { // "Stefanus Stefanus Stahl": a label, then the name
        out.add(firstName + " " + m.group(1));
      }
    }
    return out;
  }
}
