package org.dragoman.eval.gold;

/** A date as written in the body and the calendar value it must get. */
public record GoldDate(String text, String value) {}
