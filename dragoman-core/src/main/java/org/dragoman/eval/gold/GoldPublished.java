package org.dragoman.eval.gold;

/**
 * What the predicted publication date must satisfy; null parts are not checked.
 *
 * @param date a prefix of the predicted date ("2005-10-21")
 * @param year the predicted date's year
 * @param month the predicted date's month (1-12)
 * @param notBefore a lower bound ("YYYY-MM-DD") on a full predicted date
 */
public record GoldPublished(String date, Integer year, Integer month, String notBefore) {}
