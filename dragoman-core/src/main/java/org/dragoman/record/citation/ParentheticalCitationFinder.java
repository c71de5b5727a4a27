package org.dragoman.record.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.DateMention;

/**
 * Parenthetical source lists, one citation per item: "(Uzbek Television First Channel, October 21;
 * Itar-Tass, October 21)", "(Reuters, March 3)", "(AP)", "(Interfax, 2005)"; and cross-references
 * "(see EDM, October 25)", "(see also ...)", "(cf. ...)". An item with a date needs only a
 * capitalized name; an undated one must name a news medium or the document's own publication, and
 * an acronym that abbreviates the words just before it ("Collective Security Treaty Organization
 * (CSTO)") is a definition, not a citation.
 */
final class ParentheticalCitationFinder implements CitationFinder {
  /** A date the date stage could not place on the calendar ("March 3" in an undated text). */
  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "^,\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
              + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b"
              + "|\\d{1,2}/\\d{1,2}\\b)");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NUMBER = Pattern.compile("[\\d\\s.,%$€£-]+");
  private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:e\\.g|i\\.e|ibid|etc)\\.?");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z&]{1,7}");
  private static final Pattern GROUP = Pattern.compile("\\(([^()\\n]{2,400})\\)");
  private static final Pattern SEE =
      Pattern.compile("^(?i:see\\s+also|also\\s+see|see|cf\\.?|compare)\\s+");
  private static final int MAX_NAME_WORDS = 8;

  @Override
  public List<Citation> find(CitationContext context) {
    String text = context.text();
    List<Citation> found = new ArrayList<>();
    for (Matcher g = GROUP.matcher(text); g.find(); ) {
      int pos = g.start(1);
      for (String item : g.group(1).split(";", -1)) {
        int lead = item.length() - item.stripLeading().length();
        int start = pos + lead;
        int end = pos + item.stripTrailing().length();
        if (end > start) {
          Citation c = item(context, start, end, g.start());
          if (c != null) {
            found.add(c);
          }
        }
        pos += item.length() + 1;
      }
    }
    return found;
  }

  private Citation item(CitationContext context, int start, int end, int open) {
    String text = context.text();
    String item = text.substring(start, end);
    Matcher see = SEE.matcher(item);
    boolean cross = see.find();
    int nameStart = start + (cross ? see.end() : 0);
    int comma = item.indexOf(',', nameStart - start);
    int nameEnd = comma < 0 ? end : start + comma;
    String name = SourceNames.clean(text.substring(nameStart, nameEnd));
    if (!looksLikeAName(name, context, nameStart, nameEnd)) {
      return null;
    }
    DateMention date = nameEnd < end ? context.dateIn(nameEnd, end) : null;
    boolean own = context.names().isOwn(name);
    boolean dated = date != null || DATE_LIKE.matcher(text.substring(nameEnd, end)).find();
    if (!dated) {
      boolean onlyName = nameEnd == end;
      if (!onlyName || !(own || context.media().isMedia(name))) {
        return null;
      }
      if (!cross && abbreviatesWordsBefore(name, text, open)) {
        return null;
      }
    }
    CitationKind kind = cross || own ? CitationKind.CROSS_REFERENCE : CitationKind.ATTRIBUTION;
    return new Citation(
        null,
        item,
        start,
        end,
        context.names().canonical(name),
        date == null ? null : date.value(),
        kind,
        null);
  }

  private static boolean looksLikeAName(
      String name, CitationContext context, int nameStart, int nameEnd) {
    if (name.isEmpty() || SPACES.split(name).length > MAX_NAME_WORDS) {
      return false;
    }
    char first = name.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first))
        && !MediaNames.isDomain(name)
        && !context.media().isKnown(name)) {
      return false;
    }
    // a date or a number is not a source: "(October 21)", "(2005)"
    if (context.overlapsADate(nameStart, nameEnd)) {
      return false;
    }
    return !NUMBER.matcher(name).matches() && !ABBREVIATION.matcher(name).matches();
  }

  /** "Collective Security Treaty Organization (CSTO)": the acronym defines the name before it. */
  private static boolean abbreviatesWordsBefore(String name, String text, int open) {
    if (!ACRONYM.matcher(name).matches()) {
      return false;
    }
    String before = text.substring(Math.max(0, open - 120), open).strip();
    String[] words = SPACES.split(before);
    for (int from = words.length - 1; from >= 0 && from >= words.length - 10; from--) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      if (SourceNames.initials(tail).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
