package org.dragoman.structure.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Publication;

/**
 * Reads a periodical's header line: "Publication: Eurasia Daily Monitor Volume: 2 Issue: 199",
 * "Eurasia Daily Monitor, Vol. 2, No. 199", "Volume 2, Issue 199", "Journal: NAME". A date in the
 * line is ignored here (the byline parser reads it). Stateless.
 */
public final class PublicationHeaderParser {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^(?:publication|journal|periodical|newsletter|series|magazine)\\s*:\\s*");
  private static final Pattern VOLUME =
      Pattern.compile("(?i)\\b(?:vol(?:ume)?\\.?|v\\.)\\s*:?\\s*(?<n>\\d{1,4})\\b");
  private static final Pattern ISSUE =
      Pattern.compile(
          "(?i)(?:\\b(?:issue|iss\\.|no\\.|nr\\.|number|num\\.)\\s*:?\\s*#?\\s*|#\\s*)(?<n>\\d{1,5})\\b");
  private static final Pattern NAME =
      Pattern.compile(
          "[\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]*|of|the|and|for|on|in|de|&)){0,8}");

  private final TextDates dates = new TextDates();

  /** The publication that {@code line} announces, if it is a publication header. */
  public Optional<Publication> parse(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 160) {
      return Optional.empty();
    }
    List<FoundDate> found = dates.findAll(s);
    for (int i = found.size() - 1; i >= 0; i--) {
      s = s.substring(0, found.get(i).start()) + " " + s.substring(found.get(i).end());
    }
    Matcher label = LABEL.matcher(s);
    boolean labelled = label.find();
    if (labelled) {
      s = s.substring(label.end());
    }
    Matcher vol = VOLUME.matcher(s);
    Matcher iss = ISSUE.matcher(s);
    Integer volume = vol.find() ? Integer.valueOf(vol.group("n")) : null;
    Integer issue = iss.find() ? Integer.valueOf(iss.group("n")) : null;
    if (!labelled && volume == null && issue == null) {
      return Optional.empty();
    }
    int firstNumber =
        Math.min(
            volume == null ? s.length() : vol.start(), issue == null ? s.length() : iss.start());
    int lastNumber = Math.max(volume == null ? 0 : vol.end(), issue == null ? 0 : iss.end());
    String before = clean(s.substring(0, firstNumber));
    String after = clean(s.substring(Math.max(lastNumber, 0)));
    String rest = s.substring(0, firstNumber) + " " + s.substring(lastNumber);
    String name = before.isEmpty() ? after : before;
    if (!name.isEmpty() && !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    if (!labelled && rest.split("\\s+").length > 12) {
      return Optional.empty();
    }
    if (name.isEmpty() && volume == null && issue == null) {
      return Optional.empty();
    }
    return Optional.of(new Publication(name.isEmpty() ? null : name, volume, issue));
  }

  private static String clean(String s) {
    return s.replaceAll("^[\\s,;:|·–—()\\[\\]-]+|[\\s,;:|·–—()\\[\\]-]+$", "").strip();
  }
}
