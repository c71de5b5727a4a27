package org.dragoman.record.entity;

import java.util.Locale;
import java.util.Set;

/** Small word tests shared by the entity rules: capitals, pronouns, acronyms, initials. */
final class Words {
  static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "you",
          "your",
          "yours",
          "yourself",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "it",
          "its",
          "itself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "they",
          "them",
          "their",
          "theirs",
          "themselves",
          "who",
          "whom",
          "whose",
          "this",
          "that",
          "these",
          "those",
          "one",
          "someone",
          "everyone",
          "nobody");

  /** Words that make a name an institution, whatever title stands before it. */
  static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "House",
          "Senate",
          "Congress",
          "Parliament",
          "Council",
          "Committee",
          "Ministry",
          "Department",
          "Court",
          "Party",
          "Union",
          "Office",
          "Agency",
          "Bank",
          "Fund",
          "Group",
          "Institute",
          "Foundation",
          "University",
          "College",
          "Church",
          "Company",
          "Corporation",
          "Inc.",
          "Ltd.",
          "Association",
          "Organization",
          "Organisation",
          "Commission",
          "Assembly",
          "Army",
          "Navy",
          "Force",
          "Forces",
          "Police",
          "Guard",
          "Times",
          "Post",
          "News",
          "Journal",
          "Embassy",
          "Administration",
          "Government",
          "Cabinet",
          "Board",
          "Center",
          "Centre",
          "School",
          "Hospital",
          "Club",
          "Team",
          "Federation",
          "League",
          "Movement",
          "Front",
          "Campaign",
          "Service",
          "Bureau",
          "Authority",
          "The",
          "Airport",
          "Stadium",
          "Street",
          "Square",
          "Bridge",
          "Hall",
          "Mosque",
          "Cathedral",
          "Palace",
          "Avenue",
          "Park",
          "Station",
          "Port",
          "Island",
          "Islands",
          "River",
          "Lake",
          "Mountains",
          "Valley",
          "Prize",
          "Award",
          "Plan",
          "Doctrine",
          "Act",
          "Treaty",
          "Pipeline",
          "Field",
          "Project",
          "Dam",
          "Canal",
          "Highway",
          "Road",
          "Province",
          "Region",
          "County",
          "City",
          "Airlines",
          "Airways",
          "Holdings",
          "Partners");

  private Words() {}

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  static boolean lowercaseWord(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLowerCase(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** An acronym as written: 2 to 10 capital letters (digits and "&" allowed after the first). */
  static boolean acronym(String word) {
    if (word.length() < 2 || word.length() > 10 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (!Character.isDigit(c) && c != '&' && c != '.') {
        return false;
      }
    }
    return letters >= 2;
  }

  /** A pronoun as written: "he", "His", "US" is not one (an acronym in capitals). */
  static boolean pronoun(String word) {
    if (word.length() > 1 && Character.isUpperCase(word.charAt(1))) {
      return false;
    }
    return PRONOUNS.contains(lower(word));
  }

  /**
   * Whether a spelling is written all in capitals with at least four letters ("ASTANA", "NEW
   * DELHI"): a dateline or a headline, not an acronym of three letters.
   */
  static boolean shouting(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 4;
  }

  /** "NEW DELHI" → "New Delhi", "ULAN-UDE" → "Ulan-Ude". */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return b.toString();
  }

  /** Letters that start the capitalized words of a name: "Collective Security Treaty" → CST. */
  static String initials(String name) {
    StringBuilder s = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        s.append(w.charAt(0));
      }
    }
    return s.toString();
  }

  /** Whether an acronym abbreviates a name: its letters are the initials of the name's words. */
  static boolean abbreviates(String acronym, String name) {
    String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    if (letters.length() < 2) {
      return false;
    }
    String initials = initials(name).toUpperCase(Locale.ROOT);
    if (initials.equals(letters)) {
      return true;
    }
    StringBuilder all = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty()) {
        all.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return all.toString().equals(letters);
  }
}
