package org.dragoman.eval.gold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dragoman.model.Analysis;
import org.dragoman.model.Citation;
import org.dragoman.model.DateMention;

/** Body passage, citation and date checks. */
final class RecordChecks {
  private RecordChecks() {}

  static void body(
      List<String> mustContain, List<String> mustNotContain, Analysis a, CheckList out) {
    String text = a.text() == null ? "" : a.text();
    for (String s : mustContain) {
      boolean ok = text.contains(s);
      out.add(GoldTask.BODY, "body contains", ok, s, ok ? "present" : "absent");
    }
    for (String s : mustNotContain) {
      boolean ok = !text.contains(s);
      out.add(GoldTask.BODY, "body lacks", ok, s, ok ? "absent" : "present");
    }
  }

  static void citations(List<GoldCitation> gold, Analysis a, CheckList out) {
    for (GoldCitation g : gold) {
      List<String> names = new ArrayList<>();
      names.add(g.source().strip());
      g.alternatives().forEach(n -> names.add(n.strip()));
      List<Citation> sameSource =
          a.citations().stream()
              .filter(c -> c.source() != null && names.contains(c.source().strip()))
              .toList();
      boolean ok = sameSource.stream().anyMatch(c -> Objects.equals(g.date(), c.date()));
      out.add(
          GoldTask.CITATIONS,
          "citation " + g.source(),
          ok,
          g.source() + " dated " + g.date(),
          sameSource.isEmpty()
              ? "(no citation of that source)"
              : "dated " + sameSource.stream().map(Citation::date).toList());
    }
  }

  static void dates(List<GoldDate> gold, Analysis a, CheckList out) {
    for (GoldDate g : gold) {
      List<String> values =
          a.dates().stream()
              .filter(d -> d.text() != null && d.text().strip().equals(g.text().strip()))
              .map(DateMention::value)
              .toList();
      boolean ok = !values.isEmpty() && values.stream().allMatch(v -> g.value().equals(v));
      out.add(
          GoldTask.DATES,
          "date " + CheckList.show(g.text()),
          ok,
          g.value(),
          values.isEmpty() ? "(no date with that text)" : values);
    }
  }
}
