package org.dragoman.eval.gold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Who may be named as the speaker of a gold statement: {@code speaker}, or one of {@code
 * speaker_any} (a null entry allows "no speaker"), and none of {@code speaker_not}. Names compare
 * case-insensitively.
 *
 * @param allowed the names allowed; may contain null; empty when any speaker not forbidden will do
 * @param forbidden names that must not be given
 */
public record SpeakerRule(List<String> allowed, List<String> forbidden) {
  public SpeakerRule {
    allowed = Collections.unmodifiableList(new ArrayList<>(allowed));
    forbidden = List.copyOf(forbidden);
  }

  /** Whether naming {@code predicted} (null: no speaker) as the speaker is right. */
  public boolean accepts(String predicted) {
    if (predicted != null && forbidden.stream().anyMatch(f -> same(f, predicted))) {
      return false;
    }
    if (allowed.isEmpty()) {
      return predicted != null;
    }
    return allowed.stream().anyMatch(a -> same(a, predicted));
  }

  /** Whether the statement may have no speaker, so that finding no quote there is right. */
  public boolean allowsNone() {
    return allowed.contains(null);
  }

  /** A short readable form for failure listings. */
  public String describe() {
    String ok =
        allowed.isEmpty()
            ? "any speaker"
            : allowed.size() == 1 ? String.valueOf(allowed.get(0)) : "one of " + allowed;
    return forbidden.isEmpty() ? ok : ok + ", not " + forbidden;
  }

  private static boolean same(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
