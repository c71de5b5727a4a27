package org.dragoman.lexicon;

/** The grammatical gender a person is referred to with: "he" or "she". */
public enum Gender {
  MALE,
  FEMALE;

  /** The gender a third-person singular pronoun asks for, or null ("who", "they"). */
  public static Gender ofPronoun(String lowerWord) {
    return switch (lowerWord) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> null;
    };
  }
}
