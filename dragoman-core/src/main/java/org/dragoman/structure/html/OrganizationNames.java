package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an organization credited as author from a person: a name with a legal form ("e.V.", "GmbH",
 * "Inc."), a web address ("Deutsche Welle (www.dw.com)"), an author JSON-LD types as an
 * Organization, or the publisher the page's meta tags declare (not JSON-LD's publisher, which on a
 * personal blog is often its author). Such a credit is the weakest byline: a person named by the
 * page's byline markup wins over it.
 */
final class OrganizationNames {
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          "(?:^|[\\s,])(?:e\\.\\s?V\\.?|g?GmbH|mbH|AG|SE|KG|OHG|KGaA|Inc\\.?|Ltd\\.?|LLC|Corp\\.?"
              + "|PLC|plc|S\\.A\\.?|S\\.L\\.?|B\\.V\\.?|N\\.V\\.?)(?=$|[\\s,)])");
  private static final Pattern WEB_ADDRESS =
      Pattern.compile(
          "(?iu)www\\.|(?<![@\\p{L}])[\\p{L}\\d-]{2,}\\.(?:de|com|at|ch|org|net|info|eu|fr|it|es"
              + "|nl|be|uk|ru|us|io)(?![\\p{L}\\d])");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?iu)^(?:©|\\(c\\)|copyright)?\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?[\\s,]*");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> typedOrganizations;
  private final List<String> publishers;

  /**
   * @param typedOrganizations author names the page's JSON-LD types as organizations
   * @param publishers publisher names the page declares (raw; blank and null values are skipped)
   */
  OrganizationNames(Set<String> typedOrganizations, Collection<String> publishers) {
    this.typedOrganizations = Set.copyOf(typedOrganizations);
    List<String> p = new ArrayList<>();
    for (String raw : publishers) {
      if (raw == null || raw.isBlank() || raw.startsWith("http")) {
        continue;
      }
      String squashed = squash(COPYRIGHT.matcher(raw.strip()).replaceFirst(""));
      if (squashed.length() >= 3) {
        p.add(squashed);
      }
    }
    this.publishers = List.copyOf(p);
  }

  /** Whether {@code raw} (a credit as written) or {@code name} (its cleaned form) is no person. */
  boolean organization(String raw, String name) {
    if (typedOrganizations.contains(raw.strip()) || typedOrganizations.contains(name)) {
      return true;
    }
    if (LEGAL_FORM.matcher(name).find() || WEB_ADDRESS.matcher(name).find()) {
      return true;
    }
    String q = squash(name);
    if (q.length() < 3) {
      return false;
    }
    for (String p : publishers) {
      if (p.equals(q) || p.startsWith(q) && q.length() >= 4) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name carries a company's or association's legal form ("GmbH", "e.V.", "Inc."). */
  static boolean legalForm(String name) {
    return LEGAL_FORM.matcher(name).find();
  }

  private static String squash(String s) {
    return NOT_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
