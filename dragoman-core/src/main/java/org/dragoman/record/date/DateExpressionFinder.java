package org.dragoman.record.date;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.AnnotatedText;
import org.dragoman.record.date.DateExpression.Kind;

/**
 * Finds the date expressions of a body: full dates in words and digits, month-days, months with a
 * year, months after a preposition, years, weekdays, "yesterday"/"tomorrow" and "this/last/next
 * month". Where expressions overlap the longest wins ("October 21, 2005" over "October 21" and
 * "2005").
 */
final class DateExpressionFinder {
  private static final Pattern WEEKDAY_GAP = Pattern.compile("[\\s,(]*");
  private static final String M = "(?<m>" + Months.MONTH_NAMES + ")\\b\\.?";
  private static final String D = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String Y = "(?<y>\\d{4})";

  private static final Pattern ISO =
      Pattern.compile("(?<![\\d./-])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d/-])");
  private static final Pattern YMD_SLASH =
      Pattern.compile("(?<![\\d./-])(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/-])");
  private static final Pattern MDY_SLASH =
      Pattern.compile("(?<![\\d./-])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\d/-])");
  private static final Pattern DMY_DOT =
      Pattern.compile("(?<![\\d./-])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?![\\d.]\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + M + "\\s+" + D + "(?:\\s*,\\s*|\\s+)" + Y + "\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b" + D + "\\s+(?:of\\s+)?" + M + ",?\\s+" + Y + "\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + M + "\\s+" + D + "\\b(?![.,:]?\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d$€£.,])\\b" + D + "\\s+(?:of\\s+)?(?<m>" + Months.MONTH_NAMES + ")\\b");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + M + ",?\\s+(?:of\\s+)?" + Y + "\\b");
  private static final Pattern MONTH_AFTER_CUE =
      Pattern.compile(
          "(?:\\b(?i:in|since|until|till|by|during|early|late|last|next|this|through|from|before|for"
              + "|after|of)\\s+|\\b(?i:mid|early|late)-)"
              + "(?<m>"
              + Months.FULL_MONTH_NAMES
              + ")\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?<y>\\d{4})\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?<mod>(?i:last|next|this))\\s+)?(?<w>" + Months.WEEKDAY_NAMES + ")\\b");
  private static final Pattern RELATIVE_MONTH =
      Pattern.compile("\\b(?<mod>(?i:this|last|next))\\s+month\\b");
  private static final Pattern RELATIVE = Pattern.compile("\\b(?<r>[Yy]esterday|[Tt]omorrow)\\b");

  private final AnnotatedText annotated;
  private final YearContext years;

  DateExpressionFinder(AnnotatedText annotated) {
    this.annotated = annotated;
    this.years = new YearContext(annotated);
  }

  List<DateExpression> find() {
    String text = annotated.text();
    List<DateExpression> found = new ArrayList<>();
    numericDates(text, found);
    wordDates(text, found);
    for (Matcher m = MONTH_AFTER_CUE.matcher(text); m.find(); ) {
      int month = Months.number(m.group("m"));
      found.add(new DateExpression(m.start("m"), m.end("m"), Kind.MONTH, 0, month, 0, 0, 0));
    }
    for (Matcher m = YEAR.matcher(text); m.find(); ) {
      if (years.isYear(m.start(), m.end())) {
        int y = Integer.parseInt(m.group("y"));
        found.add(new DateExpression(m.start(), m.end(), Kind.YEAR, y, 0, 0, 0, 0));
      }
    }
    for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
      String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
      int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
      DayOfWeek w = Months.weekday(m.group("w"));
      found.add(
          new DateExpression(m.start(), m.end("w"), Kind.WEEKDAY, 0, 0, 0, shift, w.getValue()));
    }
    for (Matcher m = RELATIVE_MONTH.matcher(text); m.find(); ) {
      String mod = m.group("mod").toLowerCase(Locale.ROOT);
      int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
      found.add(new DateExpression(m.start(), m.end(), Kind.RELATIVE_MONTH, 0, 0, 0, shift, 0));
    }
    for (Matcher m = RELATIVE.matcher(text); m.find(); ) {
      int shift = m.group("r").toLowerCase(Locale.ROOT).equals("yesterday") ? -1 : 1;
      found.add(new DateExpression(m.start(), m.end(), Kind.RELATIVE_DAY, 0, 0, 0, shift, 0));
    }
    return withoutOverlaps(found);
  }

  private void numericDates(String text, List<DateExpression> found) {
    for (Matcher m = ISO.matcher(text); m.find(); ) {
      full(m, found, m.group("y"), m.group("m"), m.group("d"));
    }
    for (Matcher m = YMD_SLASH.matcher(text); m.find(); ) {
      full(m, found, m.group("y"), m.group("m"), m.group("d"));
    }
    for (Matcher m = MDY_SLASH.matcher(text); m.find(); ) {
      boolean dayFirst = Integer.parseInt(m.group("a")) > 12;
      full(
          m,
          found,
          m.group("y"),
          dayFirst ? m.group("b") : m.group("a"),
          dayFirst ? m.group("a") : m.group("b"));
    }
    for (Matcher m = DMY_DOT.matcher(text); m.find(); ) {
      full(m, found, m.group("y"), m.group("m"), m.group("d"));
    }
  }

  private void wordDates(String text, List<DateExpression> found) {
    for (Pattern p : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR)) {
      for (Matcher m = p.matcher(text); m.find(); ) {
        full(m, found, m.group("y"), String.valueOf(Months.number(m.group("m"))), m.group("d"));
      }
    }
    for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
      for (Matcher m = p.matcher(text); m.find(); ) {
        int month = Months.number(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        if (day >= 1 && day <= Month.of(month).maxLength()) {
          found.add(new DateExpression(m.start(), m.end(), Kind.MONTH_DAY, 0, month, day, 0, 0));
        }
      }
    }
    for (Matcher m = MONTH_YEAR.matcher(text); m.find(); ) {
      int y = Integer.parseInt(m.group("y"));
      if (y >= YearContext.FIRST && y <= YearContext.LAST) {
        int month = Months.number(m.group("m"));
        found.add(new DateExpression(m.start(), m.end(), Kind.MONTH_YEAR, y, month, 0, 0, 0));
      }
    }
  }

  private static void full(
      Matcher m, List<DateExpression> found, String year, String month, String day) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (y < YearContext.FIRST
        || y > YearContext.LAST
        || mo < 1
        || mo > 12
        || d < 1
        || d > Month.of(mo).length(Year.isLeap(y))) {
      return;
    }
    found.add(new DateExpression(m.start(), m.end(), Kind.FULL, y, mo, d, 0, 0));
  }

  /**
   * Keeps the longest of overlapping expressions, and drops a weekday written next to a date
   * ("Tuesday, October 21"): the date says it all, and a month-day keeps the weekday, which can pin
   * its year.
   */
  private List<DateExpression> withoutOverlaps(List<DateExpression> found) {
    found.sort(
        Comparator.comparingInt(DateExpression::length)
            .reversed()
            .thenComparingInt(DateExpression::start)
            .thenComparing(DateExpression::kind));
    List<DateExpression> kept = new ArrayList<>();
    TreeMap<Integer, DateExpression> byStart = new TreeMap<>();
    for (DateExpression e : found) {
      Map.Entry<Integer, DateExpression> before = byStart.floorEntry(e.start());
      Map.Entry<Integer, DateExpression> after = byStart.ceilingEntry(e.start());
      boolean free =
          (before == null || before.getValue().end() <= e.start())
              && (after == null || after.getKey() >= e.end());
      if (free) {
        kept.add(e);
        byStart.put(e.start(), e);
      }
    }
    Map<DateExpression, DateExpression> withWeekday = new java.util.HashMap<>();
    kept.removeIf(
        e -> {
          if (e.kind() != Kind.WEEKDAY) {
            return false;
          }
          DateExpression date = dateBeside(e, byStart);
          if (date != null && date.kind() == Kind.MONTH_DAY && e.shift() == 0) {
            withWeekday.put(date, date.withWeekday(e.weekday()));
          }
          return date != null;
        });
    kept.replaceAll(e -> withWeekday.getOrDefault(e, e));
    kept.sort(Comparator.comparingInt(DateExpression::start));
    return kept;
  }

  /** The date written next to a weekday ("Tuesday, October 21"), or null. */
  private DateExpression dateBeside(
      DateExpression weekday, TreeMap<Integer, DateExpression> byStart) {
    String text = annotated.text();
    List<DateExpression> near = new ArrayList<>();
    Map.Entry<Integer, DateExpression> before = byStart.lowerEntry(weekday.start());
    Map.Entry<Integer, DateExpression> after = byStart.higherEntry(weekday.start());
    if (before != null) {
      near.add(before.getValue());
    }
    if (after != null) {
      near.add(after.getValue());
    }
    for (DateExpression k : near) {
      if (k.kind() == Kind.WEEKDAY
          || k.kind() == Kind.RELATIVE_DAY
          || k.kind() == Kind.RELATIVE_MONTH) {
        continue;
      }
      int gapStart = k.start() >= weekday.end() ? weekday.end() : k.end();
      int gapEnd = k.start() >= weekday.end() ? k.start() : weekday.start();
      if (gapEnd >= gapStart
          && gapEnd - gapStart <= 3
          && WEEKDAY_GAP.matcher(text.substring(gapStart, gapEnd)).matches()) {
        return k;
      }
    }
    return null;
  }
}
