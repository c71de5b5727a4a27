package org.dragoman.eval.gold;

import java.util.Locale;

/** The figures a gold file yields, in report order, each with the metric its checks form. */
public enum GoldTask {
  METADATA("accuracy"),
  BODY("accuracy"),
  COMMENTS("accuracy"),
  ENTITIES("recall"),
  ALIASES("recall"),
  ROLES("recall"),
  ENTITY_ERRORS("accuracy"),
  ATTRIBUTION("accuracy"),
  QUOTES_FOUND("recall"),
  REPORTED_SPEECH("accuracy"),
  QUOTE_CITATIONS("recall"),
  CITATIONS("recall"),
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
