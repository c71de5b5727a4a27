package org.dragoman.eval.bench;

import org.dragoman.model.RawDocument;

/**
 * One benchmark document: the raw document our pipeline reads, and its body (found by our structure
 * stage) that the CoreNLP pipeline reads and whose tokens are counted.
 *
 * @param raw the document as read
 * @param body its body text
 * @param tokens the number of CoreNLP tokens in the body
 */
public record BenchDocument(RawDocument raw, String body, int tokens) {}
