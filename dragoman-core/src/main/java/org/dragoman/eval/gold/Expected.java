package org.dragoman.eval.gold;

/**
 * A gold value that is checked; the value itself may be null ("this document has no title"). Where
 * a gold field is absent, the gold record holds no {@code Expected} at all (null), and nothing is
 * checked.
 */
public record Expected<T>(T value) {}
