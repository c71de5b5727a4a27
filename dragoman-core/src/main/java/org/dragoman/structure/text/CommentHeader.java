package org.dragoman.structure.text;

/**
 * The line that opens a reader comment.
 *
 * @param author the commenter's display name
 * @param published "YYYY-MM-DDTHH:MM", "YYYY-MM-DD", or null when the line gives no date
 * @param timed whether it gave a time of day, or a "says:" cue with a date (strong evidence)
 */
public record CommentHeader(String author, String published, boolean timed) {}
