package org.dragoman.record.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells an organization by the shape of its name: a company form or business word at the end ("Acme
 * Holdings", "Kazakh Oil", "Volga Airlines", "Siemens AG"), an institution's head noun ("Foreign
 * Ministry", "Labour Party"), or a one-word company name built the way post-Soviet and other firms
 * name themselves ("Turkmengaz", "Rosneft", "Gazprom", "Sberbank", "Lukoil").
 */
final class OrganizationShape {
  /** Last words of company and institution names. */
  private static final Set<String> LAST_WORDS =
      Set.of(
          "Inc",
          "Inc.",
          "Corp",
          "Corp.",
          "Corporation",
          "Co.",
          "Company",
          "Ltd",
          "Ltd.",
          "LLC",
          "LLP",
          "PLC",
          "plc",
          "AG",
          "GmbH",
          "SA",
          "S.A.",
          "NV",
          "N.V.",
          "AB",
          "ASA",
          "SpA",
          "Group",
          "Holding",
          "Holdings",
          "Airlines",
          "Airways",
          "Bank",
          "Oil",
          "Gas",
          "Petroleum",
          "Energy",
          "Telecom",
          "Motors",
          "Industries",
          "Pharmaceuticals",
          "Technologies",
          "Ministry",
          "Council",
          "Committee",
          "Commission",
          "Party",
          "Agency",
          "Fund",
          "Institute",
          "Foundation",
          "University",
          "Association",
          "Organization",
          "Organisation",
          "Federation",
          "League",
          "Bureau",
          "Authority",
          "Department",
          "Parliament",
          "Assembly",
          "Corps");

  /** Endings of one-word company names: "-gaz", "-prom", "-neft", "-bank", "-oil", "-atom". */
  private static final List<String> COMPANY_ENDINGS =
      List.of("gaz", "prom", "neft", "bank", "oil", "atom", "energo", "neftegaz", "telecom");

  private OrganizationShape() {}

  /** Whether the name's shape makes it an organization. */
  static boolean organization(String name) {
    String[] w = name.strip().split("\\s+");
    if (w.length >= 2 && LAST_WORDS.contains(w[w.length - 1])) {
      return true;
    }
    return w.length == 1 && companyWord(w[0]);
  }

  /** "Turkmengaz", "Rosneft": one capitalized word with a company ending after its stem. */
  static boolean companyWord(String word) {
    if (word.length() < 6 || !Character.isUpperCase(word.charAt(0)) || Words.acronym(word)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (String ending : COMPANY_ENDINGS) {
      if (lower.endsWith(ending) && lower.length() >= ending.length() + 3) {
        return true;
      }
    }
    return false;
  }
}
