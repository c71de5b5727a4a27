package org.dragoman.record.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which of a document's attributions become statements. Of attributions that overlap, the first is
 * kept (or a later one with a speaker over one without), except for two reporting layers: "Manafort
 * acknowledged that X, the Post reported", "“X,” Odell said, according to the Courier", "According
 * to Politico, Jones said X", where the outer statement's content holds the inner one's cue. Both
 * are kept then: the outer one (speaker the Post, content "Manafort acknowledged that X") and the
 * inner one (Manafort, X), whose content stops before an outer cue inside it (", according to
 * ..."). A postposed outer cue that claimed only the quotation at the end of the inner statement
 * ("... termed “influence peddling,” the Post reported") is given the whole inner clause.
 */
final class NestedStatements {
  /** How many kept statements before a new one are checked for overlap. */
  private static final int LOOK_BACK = 4;

  private final DocumentView doc;

  NestedStatements(DocumentView doc) {
    this.doc = doc;
  }

  /** The attributions to keep, ordered by content start then end. */
  List<Attribution> keep(List<Attribution> found) {
    List<Attribution> all = new ArrayList<>(found.size());
    for (Attribution a : found) {
      all.add(widenedOuter(a, found));
    }
    all.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    List<Attribution> kept = new ArrayList<>();
    for (Attribution a : all) {
      List<Integer> overlapping = new ArrayList<>();
      for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - LOOK_BACK; k--) {
        if (kept.get(k).end() > a.start() && a.end() > kept.get(k).start()) {
          overlapping.add(k);
        }
      }
      if (overlapping.isEmpty()) {
        kept.add(a);
        continue;
      }
      boolean layers = true;
      Attribution inner = a;
      for (int k : overlapping) {
        Attribution other = kept.get(k);
        if (reportsClauseOf(other, inner)) {
          inner = endBeforeCueOf(inner, other);
        } else if (!reportsClauseOf(inner, other)) {
          layers = false;
        }
      }
      if (layers && inner.end() > inner.start()) {
        kept.add(inner);
        continue;
      }
      int last = kept.size() - 1;
      if (overlapping.size() == 1
          && overlapping.get(0) == last
          && kept.get(last).speaker() == null
          && a.speaker() != null) {
        kept.set(last, a);
      }
    }
    kept.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
    return kept;
  }

  /**
   * Whether {@code outer} reports the clause of {@code inner}: both have speakers, different ones,
   * and the outer content holds the inner cue while the outer cue lies outside the outer content
   * and outside the inner clause (speaker, cue and content).
   */
  static boolean reportsClauseOf(Attribution outer, Attribution inner) {
    if (outer.speaker() == null
        || inner.speaker() == null
        || inner.cueStart() < 0
        || outer.cueStart() < 0
        || outer.cueStart() < outer.end() && outer.cueEnd() > outer.start()
        || sameSpeaker(outer, inner)) {
      return false;
    }
    boolean holdsCue = outer.start() <= inner.cueStart() && inner.cueEnd() <= outer.end();
    boolean cueOutside = outer.cueEnd() <= inner.anchor() || outer.cueStart() >= inner.start();
    return holdsCue && cueOutside && outer.cueStart() != inner.cueStart();
  }

  private static boolean sameSpeaker(Attribution a, Attribution b) {
    String x = a.speaker().name();
    String y = b.speaker().name();
    return x != null && y != null && x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
  }

  /** The inner statement ending where the outer content ends when the outer cue is inside it. */
  private static Attribution endBeforeCueOf(Attribution inner, Attribution outer) {
    if (outer.cueStart() < inner.start() || outer.cueStart() >= inner.end()) {
      return inner;
    }
    int end = Math.min(inner.end(), outer.end());
    return new Attribution(
        inner.start(),
        end,
        inner.speaker(),
        inner.cue(),
        inner.cueStart(),
        inner.cueEnd(),
        inner.anchor(),
        Math.max(end, Math.max(inner.cueEnd(), Math.min(inner.reach(), end))),
        inner.confidence(),
        inner.marks(),
        inner.block());
  }

  /** Whether [from, to) can hold just a speaker's name: short, no quotation or sentence end. */
  private boolean speakerOnlyBetween(int from, int to) {
    if (to - from > 60) {
      return false;
    }
    String between = doc.text.substring(from, to);
    return between.chars().noneMatch(c -> "\"“”«».;:!?".indexOf(c) >= 0);
  }

  /**
   * An outer cue after a statement ("X acknowledged that Y “Z,” the Post reported") that claimed
   * only a quotation inside the statement's content: widened to the statement's whole sentence up
   * to the end of its content. Any other attribution is returned as it is.
   */
  private Attribution widenedOuter(Attribution a, List<Attribution> found) {
    if (!a.marks() || a.speaker() == null || a.cueStart() < a.end()) {
      return a;
    }
    for (Attribution s : found) {
      if (s == a
          || s.speaker() == null
          || s.cueStart() < 0
          || s.cueEnd() > a.start()
          || s.start() > a.start()
          || a.end() > s.end()
          || sameSpeaker(s, a)
          || !speakerOnlyBetween(s.end(), a.cueStart())) {
        continue;
      }
      int sentence = doc.sentenceIndexAt(s.anchor());
      if (sentence < 0 || sentence != doc.sentenceIndexAt(a.cueStart())) {
        continue;
      }
      int start = Math.min(s.anchor(), doc.sentences.get(sentence).start());
      return new Attribution(
          start,
          s.end(),
          a.speaker(),
          a.cue(),
          a.cueStart(),
          a.cueEnd(),
          Math.min(start, a.anchor()),
          Math.max(s.end(), a.reach()),
          a.confidence(),
          false,
          false);
    }
    return a;
  }
}
