package org.dragoman.record.entity;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that make up people's titles: heads that can stand alone ("Minister", "counterpart")
 * and modifiers that only qualify a head ("Deputy", "Foreign"). Immutable.
 */
final class RoleLexicon {
  /**
   * Short forms of title words written before names ("Sen. Marco Rubio", "Lt. Gov.", "Reps."), read
   * as the words they stand for.
   */
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("sen.", "senator"),
          Map.entry("sens.", "senators"),
          Map.entry("rep.", "representative"),
          Map.entry("reps.", "representatives"),
          Map.entry("gov.", "governor"),
          Map.entry("govs.", "governors"),
          Map.entry("lt.", "lieutenant"),
          Map.entry("gen.", "general"),
          Map.entry("sec.", "secretary"),
          Map.entry("pres.", "president"),
          Map.entry("amb.", "ambassador"),
          Map.entry("atty.", "attorney"));

  private final Map<String, String> headsByForm;
  private final Set<String> modifiers;

  RoleLexicon(Map<String, String> headsByForm, Set<String> modifiers) {
    this.headsByForm = Map.copyOf(headsByForm);
    this.modifiers = Set.copyOf(modifiers);
  }

  /** The singular head for a written head word, singular or plural ("Presidents"), or null. */
  String head(String word) {
    return headsByForm.get(full(word));
  }

  /** A title word as it reads in full: "Sen." → "Senator", "Minister" unchanged. */
  String expanded(String word) {
    String full = ABBREVIATIONS.get(word.toLowerCase(Locale.ROOT));
    if (full == null) {
      return word;
    }
    return Character.isUpperCase(word.charAt(0))
        ? Character.toUpperCase(full.charAt(0)) + full.substring(1)
        : full;
  }

  /** The lowercase full form of a written title word. */
  private static String full(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.getOrDefault(lower, lower);
  }

  boolean isHead(String word) {
    return head(word) != null;
  }

  boolean isPluralHead(String word) {
    String h = head(word);
    return h != null && !h.equals(full(word));
  }

  boolean isModifier(String word) {
    return modifiers.contains(full(word));
  }

  boolean isRoleWord(String word) {
    return isHead(word) || isModifier(word);
  }

  /** Plural forms of a singular head: secretary → secretaries, minister → ministers. */
  static Set<String> plurals(String head) {
    if (head.endsWith("y") && !head.endsWith("ey") && !head.endsWith("ay")) {
      return Set.of(head.substring(0, head.length() - 1) + "ies");
    }
    if (head.endsWith("man")) {
      return Set.of(head.substring(0, head.length() - 3) + "men");
    }
    if (head.endsWith("s") || head.endsWith("sh") || head.endsWith("ch")) {
      return Set.of(head + "es");
    }
    if (head.contains("-")) {
      int dash = head.indexOf('-');
      return Set.of(
          head + "s", plurals(head.substring(0, dash)).iterator().next() + head.substring(dash));
    }
    return Set.of(head + "s");
  }
}
