package org.dragoman.eval.gold;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dragoman.model.Analysis;
import org.dragoman.model.Comment;
import org.dragoman.model.Publication;

/** Metadata and comment checks: exact fields, date prefixes and bounds, comments in order. */
final class MetadataChecks {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private MetadataChecks() {}

  static void check(GoldMetadata gold, Analysis a, CheckList out) {
    if (gold.title() != null) {
      exact(out, "title", gold.title().value(), a.title());
    }
    if (gold.authors() != null) {
      List<String> want = gold.authors().value();
      out.add(GoldTask.METADATA, "authors", want.equals(a.authors()), want, a.authors());
    }
    if (gold.site() != null) {
      exact(out, "site", gold.site().value(), a.site());
    }
    if (gold.publication() != null) {
      publication(gold.publication().value(), a.publication(), out);
    }
    if (gold.published() != null) {
      published(gold.published(), a.published(), out);
    }
    if (gold.comments() != null) {
      comments(gold.comments(), a.comments(), out);
    }
  }

  private static void exact(CheckList out, String item, String want, String got) {
    out.add(
        GoldTask.METADATA, item, Objects.equals(blankToNull(want), blankToNull(got)), want, got);
  }

  private static void publication(Publication want, Publication got, CheckList out) {
    if (want == null) {
      out.add(GoldTask.METADATA, "publication", got == null, null, got);
      return;
    }
    String name = got == null ? null : got.name();
    exact(out, "publication.name", want.name(), name);
    Integer volume = got == null ? null : got.volume();
    out.add(
        GoldTask.METADATA,
        "publication.volume",
        Objects.equals(want.volume(), volume),
        want.volume(),
        volume);
    Integer issue = got == null ? null : got.issue();
    out.add(
        GoldTask.METADATA,
        "publication.issue",
        Objects.equals(want.issue(), issue),
        want.issue(),
        issue);
  }

  private static void published(GoldPublished want, String got, CheckList out) {
    if (want.date() != null) {
      out.add(
          GoldTask.METADATA,
          "published.date",
          got != null && got.startsWith(want.date()),
          want.date(),
          got);
    }
    if (want.year() != null) {
      String year = String.format(java.util.Locale.ROOT, "%04d", want.year());
      out.add(GoldTask.METADATA, "published.year", got != null && got.startsWith(year), year, got);
    }
    if (want.month() != null) {
      String month = String.format(java.util.Locale.ROOT, "%02d", want.month());
      boolean ok = got != null && got.length() >= 7 && got.substring(5, 7).equals(month);
      out.add(GoldTask.METADATA, "published.month", ok, month, got);
    }
    if (want.notBefore() != null) {
      boolean ok =
          got != null
              && FULL_DATE.matcher(got).matches()
              && got.substring(0, 10).compareTo(want.notBefore()) >= 0;
      out.add(
          GoldTask.METADATA,
          "published.not_before",
          ok,
          "a full date not before " + want.notBefore(),
          got);
    }
  }

  private static void comments(List<GoldComment> want, List<Comment> got, CheckList out) {
    out.add(GoldTask.COMMENTS, "comment count", want.size() == got.size(), want.size(), got.size());
    for (int i = 0; i < want.size(); i++) {
      GoldComment w = want.get(i);
      Comment g = i < got.size() ? got.get(i) : null;
      String n = "comment " + (i + 1);
      String author = g == null ? null : g.author();
      out.add(
          GoldTask.COMMENTS,
          n + " author",
          Objects.equals(w.author(), author),
          w.author(),
          g == null ? "(no such comment)" : author);
      if (w.published() != null) {
        String published = g == null ? null : g.published();
        out.add(
            GoldTask.COMMENTS,
            n + " published",
            published != null && published.startsWith(w.published()),
            w.published() + "…",
            g == null ? "(no such comment)" : published);
      }
      if (w.starts() != null) {
        String text = g == null || g.text() == null ? "" : g.text().strip();
        out.add(
            GoldTask.COMMENTS,
            n + " text",
            text.startsWith(w.starts().strip()),
            w.starts() + "…",
            g == null ? "(no such comment)" : CheckList.abbreviate(text, 60));
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
