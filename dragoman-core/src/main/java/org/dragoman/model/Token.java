package org.dragoman.model;

/**
 * A token of the body text with its linguistic annotation.
 *
 * @param start offset of its first character in the body text
 * @param end offset after its last character
 * @param word the token as written
 * @param pos Penn Treebank part-of-speech tag, or null when not tagged
 * @param lemma the lemma, or null
 * @param ner the named-entity class from the language stage ("PERSON", "ORGANIZATION", "LOCATION",
 *     "MISC") or "O"
 */
public record Token(int start, int end, String word, String pos, String lemma, String ner) {}
