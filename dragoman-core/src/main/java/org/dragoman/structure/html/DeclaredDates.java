package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publication dates a page declares for machines (JSON-LD datePublished, then meta tags in
 * order of trust), checked against the date it shows beside its headline: when they disagree, a
 * declared date the page shows wins over the first one, and a generic meta date ("date",
 * "dcterms.date": often the day the page was generated or last touched) yields to the shown date.
 */
final class DeclaredDates {
  /** Meta keys for the publication date, in order of trust. */
  static final String[] KEYS = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "displaydate",
    "date.created",
    "created",
    "last-modified"
  };

  /** Keys that name no event (publication, creation, change): a page's date of any kind. */
  private static final Set<String> GENERIC =
      Set.of(
          "date",
          "dc.date",
          "dcterms.date",
          "displaydate",
          "created",
          "date.created",
          "dc.date.created",
          "dcterms.created",
          "last-modified");

  /**
   * One declared date.
   *
   * @param date the normalized date
   * @param raw the value as the page writes it
   * @param evidence where it was declared ("meta date")
   * @param generic whether its key names no event
   */
  record Declared(String date, String raw, String evidence, boolean generic) {}

  private DeclaredDates() {}

  /** Every recognizable declared date, most trusted first. */
  static List<Declared> collect(String jsonLdDate, Map<String, String> meta) {
    List<Declared> all = new ArrayList<>();
    String d = DateNormalizer.normalize(jsonLdDate);
    if (d != null) {
      all.add(new Declared(d, jsonLdDate, "JSON-LD datePublished", false));
    }
    for (String key : KEYS) {
      String raw = meta.get(key);
      d = DateNormalizer.normalize(raw);
      if (d != null) {
        all.add(new Declared(d, raw, "meta " + key, GENERIC.contains(key)));
      }
    }
    return all;
  }

  /**
   * The date and its evidence: the first declared date, unless the date shown beside the headline
   * is another declared one or the first is generic and disagrees with it; a UTC time is still
   * moved to the day shown when a time-zone shift explains the difference. Null when nothing is
   * declared.
   */
  static String[] choose(List<Declared> declared, VisibleDate.Shown shown) {
    if (declared.isEmpty()) {
      return null;
    }
    Declared first = declared.get(0);
    String near = first.generic() || disagree(declared) ? VisibleDate.nearHeadline(shown) : null;
    if (near != null && !sameDay(first.date(), near)) {
      for (Declared other : declared) {
        if (!other.generic() && sameDay(other.date(), near)) {
          return new String[] {
            other.date(),
            other.evidence()
                + ", the date the page shows ("
                + first.evidence()
                + " says "
                + day(first.date())
                + ")"
          };
        }
      }
      if (first.generic() && !VisibleDate.shiftReaches(first.date(), near, first.raw())) {
        return new String[] {
          near,
          "the date the page shows beside the headline ("
              + first.evidence()
              + " says "
              + day(first.date())
              + ")"
        };
      }
    }
    return VisibleDate.prefer(first.date(), first.raw(), first.evidence(), shown);
  }

  /** Whether a declared date other than a generic one falls on another day than the first. */
  private static boolean disagree(List<Declared> declared) {
    String first = declared.get(0).date();
    for (Declared d : declared) {
      if (!d.generic() && !sameDay(first, d.date())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameDay(String a, String b) {
    return day(a).equals(day(b));
  }

  private static String day(String date) {
    return date.length() > 10 ? date.substring(0, 10) : date;
  }
}
