package org.dragoman.model;

/** A sentence: its character span and its tokens [firstToken, endToken) in the token list. */
public record Sentence(int start, int end, int firstToken, int endToken) {}
