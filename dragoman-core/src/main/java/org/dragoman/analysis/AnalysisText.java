package org.dragoman.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dragoman.model.Analysis;
import org.dragoman.model.Citation;
import org.dragoman.model.Comment;
import org.dragoman.model.Entity;
import org.dragoman.model.Quote;

/** A readable summary of an analysis for a person at a terminal. */
public final class AnalysisText {
  private static final int EXCERPT = 90;

  private AnalysisText() {}

  public static String of(Analysis a) {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(a.title() == null ? "(untitled)" : a.title()).append('\n');
    line(s, "source", a.source());
    line(s, "id", a.id());
    if (!a.authors().isEmpty()) {
      line(s, "by", String.join(", ", a.authors()));
    }
    line(s, "site", a.site());
    if (a.publication() != null) {
      var p = a.publication();
      line(
          s,
          "publication",
          p.name()
              + (p.volume() == null ? "" : ", vol. " + p.volume())
              + (p.issue() == null ? "" : ", issue " + p.issue()));
    }
    if (a.published() != null) {
      line(
          s,
          "published",
          a.published()
              + (a.publishedEvidence() == null ? "" : "  (" + a.publishedEvidence() + ")"));
    }
    line(
        s,
        "body",
        String.format(
            Locale.ROOT,
            "%d chars, %d blocks: %s",
            a.text().length(),
            a.blocks().size(),
            excerpt(a.text())));
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : a.entities()) {
      byId.put(e.id(), e);
    }
    if (!a.quotes().isEmpty()) {
      s.append("  quotes:\n");
      for (Quote q : a.quotes()) {
        String who = q.speaker() == null ? "(no speaker)" : q.speaker().name();
        Entity e = q.speaker() == null ? null : byId.get(q.speaker().entity());
        if (e != null && !e.roles().isEmpty()) {
          who += ", " + e.roles().get(0);
        }
        s.append("    ")
            .append(who)
            .append(q.cue() == null ? "" : " [" + q.cue() + "]")
            .append(" (")
            .append(q.kind().label())
            .append("): ")
            .append(excerpt(q.text()))
            .append('\n');
      }
    }
    if (!a.citations().isEmpty()) {
      s.append("  citations:\n");
      for (Citation c : a.citations()) {
        s.append("    ")
            .append(c.source())
            .append(c.date() == null ? "" : ", " + c.date())
            .append(" (")
            .append(c.kind().label())
            .append("): ")
            .append(excerpt(c.text()))
            .append('\n');
      }
    }
    if (!a.entities().isEmpty()) {
      s.append("  entities:\n");
      for (Entity e : a.entities()) {
        s.append("    ")
            .append(e.type())
            .append(' ')
            .append(e.name())
            .append(e.aliases().isEmpty() ? "" : " aka " + String.join(", ", e.aliases()))
            .append(e.roles().isEmpty() ? "" : " [" + String.join("; ", e.roles()) + "]")
            .append(" x")
            .append(e.mentions().size())
            .append('\n');
      }
    }
    if (!a.comments().isEmpty()) {
      s.append("  comments:\n");
      for (Comment c : a.comments()) {
        s.append("    ")
            .append(c.author())
            .append(c.published() == null ? "" : " at " + c.published())
            .append(": ")
            .append(excerpt(c.text()))
            .append('\n');
      }
    }
    return s.toString();
  }

  private static void line(StringBuilder s, String label, String value) {
    if (value != null) {
      s.append("  ").append(label).append(": ").append(value).append('\n');
    }
  }

  static String excerpt(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
  }
}
