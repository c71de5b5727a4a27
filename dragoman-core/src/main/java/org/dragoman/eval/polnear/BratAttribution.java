package org.dragoman.eval.polnear;

/**
 * One attribution relation of PolNeAR: who (source, may be null) says what (content) with which cue
 * (may be null).
 */
public record BratAttribution(String id, BratSpan source, BratSpan cue, BratSpan content) {}
