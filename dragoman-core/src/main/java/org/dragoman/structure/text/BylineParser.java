package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline line: "by NAME on DATE · N comments", "By NAME", "Posted by NAME on DATE", "Posted
 * on DATE by NAME", "NAME | DATE", "Written by NAME", "Author: NAME", "Published: DATE", or a date
 * alone. A line with anything else in it is not a byline. Stateless.
 */
public final class BylineParser {
  private static final Pattern COMMENT_COUNT =
      Pattern.compile(
          "(?i)(?:\\(\\s*)?\\b(?:\\d+|no|one|two|three|four|five)\\s+(?:comments?|responses?|replies|"
              + "reactions?|thoughts)(?:\\s+(?:so far|yet))?\\b(?:\\s*\\))?|\\bleave a (?:comment|reply)\\b"
              + "|\\b\\d+\\s+min(?:ute)?s?\\s+read\\b|\\(\\s*\\d+\\s*\\)");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[|·•‖]\\s*|\\s+[-–—]\\s+");
  private static final Pattern BY =
      Pattern.compile(
          "(?i)^(?:(?:posted|written|published|reported|words|story|text|report|article|filed)\\s+)?"
              + "(?:by|von|par|por|door)\\s*:?\\s+(?<names>.+?)(?:\\s+(?:on|at|in|am|le|el))?$");
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)^(?:authors?|byline|written by|posted by|reporter|correspondent|autor(?:in)?|auteur|autore)"
              + "\\s*:\\s*(?<names>.+)$");
  private static final Pattern DATE_WORDS =
      Pattern.compile(
          "(?i)^(?:(?:posted|published|updated|last updated|first published|date|dated|filed|"
              + "released|created|veröffentlicht|aktualisiert|erschienen|stand|datum|publié|mis à jour"
              + "|publicado|actualizado|pubblicato|aggiornato)(?:\\s+(?:on|at|am|le|el|il))?|on|at|am|le|el)?"
              + "\\s*:?$");

  private final TextDates dates = new TextDates();
  private final PersonNames names = new PersonNames();

  /** The byline that {@code line} is, if it is one. */
  public Optional<Byline> parse(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    List<FoundDate> found = dates.findAll(s);
    String published = null;
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (FoundDate d : found) {
      if (published == null && d.hasYear()) {
        published = d.value();
      }
      rest.append(s, at, d.start()).append(" | ");
      at = d.end();
    }
    rest.append(s.substring(at));
    String remainder = COMMENT_COUNT.matcher(rest).replaceAll(" | ");
    boolean separated = !found.isEmpty() || SEPARATORS.matcher(s).find();
    List<String> authors = new ArrayList<>();
    for (String segment : SEPARATORS.split(remainder)) {
      String seg = segment.strip().replaceAll("^[,;:]+|[,;:]+$", "").strip();
      if (seg.isEmpty() || DATE_WORDS.matcher(seg).matches()) {
        continue;
      }
      Matcher by = BY.matcher(seg);
      Matcher labelled = LABELLED.matcher(seg);
      List<String> segNames;
      if (by.matches()) {
        segNames = names.splitAuthors(by.group("names"), true);
      } else if (labelled.matches()) {
        segNames = names.splitAuthors(labelled.group("names"), true);
      } else if (separated && names.isProperName(seg.replaceAll("(?i)\\s+(?:on|at)$", ""))) {
        segNames = List.of(seg.replaceAll("(?i)\\s+(?:on|at)$", ""));
      } else {
        return Optional.empty();
      }
      if (segNames.isEmpty()) {
        return Optional.empty();
      }
      authors.addAll(segNames);
    }
    if (authors.isEmpty() && published == null) {
      return Optional.empty();
    }
    return Optional.of(new Byline(authors, published, s));
  }
}
