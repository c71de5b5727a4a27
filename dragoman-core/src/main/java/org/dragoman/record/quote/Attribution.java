package org.dragoman.record.quote;

import org.dragoman.model.Speaker;

/**
 * A statement found by a cue or by quotation marks, before it becomes a quote.
 *
 * @param start offset of the content
 * @param end offset after the content
 * @param speaker who says it, or null
 * @param cue the cue as written, or null
 * @param cueStart offset of the cue, or -1
 * @param cueEnd offset after the cue, or -1
 * @param anchor the smallest offset of speaker, cue and content (evidence start)
 * @param reach the largest offset of speaker, cue and content (evidence end)
 * @param confidence 0 to 1
 * @param marks whether the content is exactly one text between quotation marks
 * @param block whether the content is a block quote
 */
record Attribution(
    int start,
    int end,
    Speaker speaker,
    String cue,
    int cueStart,
    int cueEnd,
    int anchor,
    int reach,
    double confidence,
    boolean marks,
    boolean block) {
  Attribution extendTo(int s, int e) {
    return new Attribution(
        Math.min(start, s),
        Math.max(end, e),
        speaker,
        cue,
        cueStart,
        cueEnd,
        Math.min(anchor, s),
        Math.max(reach, e),
        confidence,
        marks,
        block);
  }
}
