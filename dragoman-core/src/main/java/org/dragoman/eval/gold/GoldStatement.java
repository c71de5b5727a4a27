package org.dragoman.eval.gold;

import java.util.List;

/**
 * A gold quote or reported statement.
 *
 * @param quote the quoted words to locate, or null for reported speech located by {@code contains}
 * @param contains a longer passage that holds the statement (narrows where {@code quote} is), or
 *     null
 * @param speaker who may be named as its speaker
 * @param citations sources the statement is attributed to (citation source names)
 * @param cue the reporting cue, for the reader; not scored
 * @param note a remark, for the reader; not scored
 */
public record GoldStatement(
    String quote,
    String contains,
    SpeakerRule speaker,
    List<String> citations,
    String cue,
    String note) {
  public GoldStatement {
    citations = citations == null ? List.of() : List.copyOf(citations);
  }

  /** The text that identifies it in listings. */
  public String label() {
    return quote != null ? quote : contains;
  }
}
