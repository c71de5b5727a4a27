package org.dragoman.structure.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What names a website goes by, from its declared site name and its host: used to tell a site name
 * from a headline or a byline ("Headline | Site", an h1 that is the blog's name, "Redaktion
 * site.de").
 */
final class SiteIdentity {

  /** A Wayback Machine address: the archived page's own address follows the capture's time. */
  private static final Pattern ARCHIVED =
      Pattern.compile("https?://web\\.archive\\.org/web/[^/]+/(.+)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> GENERIC_LABELS =
      Set.of(
          "www",
          "com",
          "org",
          "net",
          "de",
          "at",
          "ch",
          "co",
          "uk",
          "fr",
          "it",
          "es",
          "eu",
          "info",
          "html",
          "blog",
          "blogs",
          "news",
          "wordpress",
          "blogspot",
          "archive",
          "web",
          "m",
          "amp");

  private final List<String> declared;
  private final String url;
  private final List<String> names = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final String squashedHost;

  SiteIdentity(List<String> siteNames, String url) {
    this.declared = List.copyOf(siteNames);
    this.url = url;
    for (String s : siteNames) {
      String q = squash(s);
      if (q.length() >= 2) {
        names.add(q);
      }
    }
    String host = host(url);
    squashedHost = squash(host.startsWith("www.") ? host.substring(4) : host);
    for (String label : host.split("\\.")) {
      String q = squash(label);
      if (q.length() >= 3 && !GENERIC_LABELS.contains(q)) {
        labels.add(q);
      }
    }
  }

  /** The same site, also known by {@code name} (a name the page shows, such as a banner). */
  SiteIdentity withName(String name) {
    List<String> more = new ArrayList<>(declared);
    more.add(name);
    return new SiteIdentity(more, url);
  }

  /**
   * Whether the text names the site rather than an article or a person: it is the declared site
   * name, the host, or a host label, with small additions before or after it such as "Archiv" or a
   * top-level domain ("Tote Hummeln unter Linden" does not name a site called "Hummeln").
   */
  boolean names(String text) {
    String q = squash(text);
    if (q.isEmpty()) {
      return false;
    }
    int words = words(text);
    for (String n : names) {
      if (q.equals(n) || words <= 4 && n.length() >= 4 && (q.startsWith(n) || q.endsWith(n))) {
        return true;
      }
      if (n.length() >= 5 && q.length() >= 4 && n.startsWith(q)) {
        return true;
      }
    }
    if (q.equals(squashedHost)) {
      return true;
    }
    for (String l : labels) {
      if (q.equals(l) || words <= 3 && l.length() >= 5 && (q.startsWith(l) || q.endsWith(l))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text names the publication itself: the declared site name or the host or one of its
   * labels, alone or with a few words around it ("Die FURCHE", "L-MAG"). Unlike {@link #names} a
   * text that only opens the site name ("Ana Li" of "Ana Li - Mein Blog") is not the site.
   */
  boolean publication(String text) {
    String q = squash(text);
    if (q.isEmpty()) {
      return false;
    }
    int words = words(text);
    for (String n : names) {
      if (q.equals(n) || words <= 4 && n.length() >= 4 && q.contains(n)) {
        return true;
      }
    }
    if (q.equals(squashedHost)) {
      return true;
    }
    for (String l : labels) {
      if (q.equals(l) || words <= 3 && l.length() >= 5 && q.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is exactly the site's declared name or its host name ("example.de"): a
   * stricter test than {@link #names}, for values that may be a person who named a blog after
   * themselves.
   */
  boolean is(String text) {
    String q = squash(text);
    if (q.isEmpty()) {
      return false;
    }
    if (names.contains(q) || q.equals(squashedHost)) {
      return true;
    }
    for (String l : labels) {
      if (q.startsWith(l) && q.length() - l.length() <= 3 && text.contains(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of words of the text, as many as splitting its stripped form at runs of {@code \s}
   * gives (1 for a blank text), counted without splitting: one more than the runs of {@code \s}
   * inside it.
   */
  static int words(String text) {
    String s = text.strip();
    int words = 1;
    boolean inSpace = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }

  /**
   * Lower case letters and digits only: "Krimiblog-Archiv" and "krimiblog archiv" compare equal.
   */
  static String squash(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  /**
   * The address of the page a web archive keeps ("https://web.archive.org/web/2016.../http://
   * example.de/x" keeps "http://example.de/x"); any other address as it is.
   */
  static String archivedPage(String url) {
    if (url == null) {
      return null;
    }
    Matcher archived = ARCHIVED.matcher(url.strip());
    if (!archived.lookingAt()) {
      return url;
    }
    String kept = archived.group(1);
    return kept.contains("://") ? kept : "http://" + kept;
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
