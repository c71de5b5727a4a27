package org.dragoman.structure.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a website's name in the lines around an article (never in its body): "Subscribe to receive
 * updates from SITE", "© 2005 SITE", "Copyright SITE", "This post first appeared on SITE", "Welcome
 * to SITE", "SITE's services". Earlier patterns are stronger evidence. Stateless.
 */
public final class SiteNameFinder {
  private static final String WORD = "[\\p{L}\\d&'’-]*(?:\\.[\\p{L}\\d]+)*";
  private static final String SITE =
      "(?<site>[\\p{Lu}\\d]" + WORD + "(?:\\s+(?:[\\p{Lu}\\d]" + WORD + "|of|the|and|on|&)){0,5})";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              "(?i:\\b(?:subscribe|sign up|register)\\b[^.]{0,60}?\\b(?:updates|posts|news|newsletter|"
                  + "articles|stories|emails?|alerts)\\s+(?:from|by)\\s+)"
                  + SITE),
          Pattern.compile(
              "(?i:\\bsubscribe to (?:the )?)"
                  + SITE
                  + "(?i:\\s+(?:newsletter|feed|rss|by email))"),
          Pattern.compile(
              "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)?\\d\\d)?\\s*,?\\s*)?(?i:by\\s+)?"
                  + SITE),
          Pattern.compile(
              "(?i:\\b(?:this (?:post|article|story|piece) (?:first |originally )?(?:appeared|was published) (?:on|in|at)|"
                  + "originally published (?:on|in|at)|republished from|cross-posted from))\\s+"
                  + SITE),
          Pattern.compile("(?i:\\bwelcome to\\s+)" + SITE),
          Pattern.compile(
              SITE
                  + "(?:'s|’s)\\s+(?i:services|team|editors|editorial|staff|newsletter|readers|archives?)\\b"));
  private static final Pattern TRAILING =
      Pattern.compile(
          "(?i)(?:\\s+(?:of|the|and|on|&|all|inc|ltd|llc|rights?|reserved))+$|[.’'-]+$");

  /** The site name named in {@code lines}, by the strongest pattern, earliest line first. */
  public Optional<String> find(List<String> lines) {
    for (Pattern p : PATTERNS) {
      for (String line : lines) {
        Matcher m = p.matcher(line);
        while (m.find()) {
          String site = m.group("site").strip();
          for (String before = ""; !before.equals(site); ) {
            before = site;
            site = TRAILING.matcher(site).replaceAll("").strip();
          }
          if (!site.isEmpty() && !site.matches("(?i)(?:\\d+|the|this|our|my|us|here)")) {
            return Optional.of(site);
          }
        }
      }
    }
    return Optional.empty();
  }
}
