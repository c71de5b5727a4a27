package org.dragoman.eval.gold;

/**
 * A reader comment, compared with the predicted comment at the same position.
 *
 * @param author its author, exact
 * @param published a prefix of the predicted timestamp, or null to skip
 * @param starts how its text starts, or null to skip
 */
public record GoldComment(String author, String published, String starts) {}
