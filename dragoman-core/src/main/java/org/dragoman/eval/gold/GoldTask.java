package org.dragoman.eval.gold;

import java.util.Locale;

/** The figures a gold file yields, in report order, each with the metric its checks form. */
public enum GoldTask {
  /** Title, authors, site, publication fields and date checks that passed, of those in the gold. */
  METADATA("accuracy"),
  /** {@code text_must_contain} and {@code text_must_not_contain} checks that passed. */
  BODY("accuracy"),
  /** Comment count, then author, timestamp prefix and text start of each gold comment. */
  COMMENTS("accuracy"),
  /** Gold entities found with the same name (or an alternative) and type. */
  ENTITIES("recall"),
  /** Gold aliases among the found entity's aliases or mention texts. */
  ALIASES("recall"),
  /** Gold roles (or one of their {@code |} alternatives) inside one of the entity's roles. */
  ROLES("recall"),
  /** 1 - errors / checks: {@code entity_errors} that were not predicted. */
  ENTITY_ERRORS("accuracy"),
  /**
   * Gold quotes whose overlapping predicted quote names an allowed speaker (or none, if allowed).
   */
  ATTRIBUTION("accuracy"),
  /** Gold quotes that need a speaker and have an overlapping predicted quote. */
  QUOTES_FOUND("recall"),
  /** Gold reported statements whose overlapping predicted quote names an allowed speaker. */
  REPORTED_SPEECH("accuracy"),
  /** Sources listed for a gold quote among the citations of its matched predicted quote. */
  QUOTE_CITATIONS("recall"),
  /** Gold citations found with the same source (or an alternative) and the same date. */
  CITATIONS("recall"),
  /** Gold dates whose every predicted occurrence (same text) has the gold value. */
  DATES("accuracy");

  private final String metric;

  GoldTask(String metric) {
    this.metric = metric;
  }

  /** The task's name in reports and regression keys ("entity_errors"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String metric() {
    return metric;
  }
}
