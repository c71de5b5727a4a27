package org.dragoman.structure.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line that opens a reader comment: "NAME DATE at TIME", "NAME on DATE", "NAME | DATE",
 * "NAME says:" (the date may follow on the next line), "On DATE, NAME said:". Stateless.
 */
public final class CommentHeaderParser {
  private static final Pattern SAYS =
      Pattern.compile(
          "(?i)^(?:comment by\\s+)?(?<name>.+?)\\s+(?:says|said|wrote|writes|replied|comments)\\s*:?$");
  private static final Pattern BEFORE_DATE_TAIL =
      Pattern.compile("(?i)(?:\\s*(?:on|at|posted|commented|said|says|wrote|[|·•,:–—-]))+\\s*$");
  private static final Pattern LEAD =
      Pattern.compile("(?i)^(?:(?:comment|posted|reply|response) by|by)[:\\s]+");
  private static final Pattern AFTER_DATE =
      Pattern.compile(
          "(?i)^(?:\\s*(?:[|·•#,:–—-]|\\d{1,4}|reply|permalink|link|said:?|says:?|wrote:?|edit))*\\s*$");
  private static final Pattern ON_DATE_NAME_SAID =
      Pattern.compile("(?i)^\\s*,?\\s*(?<name>.+?)\\s+(?:said|wrote|says|writes)\\s*:?\\s*$");

  private final TextDates dates = new TextDates();
  private final PersonNames names = new PersonNames();

  /** The comment header that {@code line} is, if it is one; {@code next} is the following line. */
  public Optional<CommentHeader> parse(String line, String next) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 120) {
      return Optional.empty();
    }
    Matcher says = SAYS.matcher(s);
    if (says.matches() && dates.findAll(s).isEmpty()) {
      String name = LEAD.matcher(says.group("name").strip()).replaceAll("");
      if (!names.isHandle(name)) {
        return Optional.empty();
      }
      String published = null;
      if (next != null && dates.isOnlyDate(next)) {
        published = dates.find(next.strip()).map(FoundDate::value).orElse(null);
      }
      return Optional.of(new CommentHeader(name, published, published != null));
    }
    List<FoundDate> found = dates.findAll(s);
    if (found.size() != 1 || !found.get(0).hasYear()) {
      return Optional.empty();
    }
    FoundDate date = found.get(0);
    String before = s.substring(0, date.start());
    String after = s.substring(date.end());
    String name;
    if (before.strip().matches("(?i)on|posted on|")) {
      Matcher m = ON_DATE_NAME_SAID.matcher(after);
      if (!m.matches()) {
        return Optional.empty();
      }
      name = m.group("name");
    } else {
      if (!AFTER_DATE.matcher(after).matches()) {
        return Optional.empty();
      }
      name = BEFORE_DATE_TAIL.matcher(before).replaceAll("");
      name = LEAD.matcher(name.strip()).replaceAll("").strip();
    }
    if (!names.isHandle(name)) {
      return Optional.empty();
    }
    return Optional.of(new CommentHeader(name.strip(), date.value(), date.hasTime()));
  }
}
