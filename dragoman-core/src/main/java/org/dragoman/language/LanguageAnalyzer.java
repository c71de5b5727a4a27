package org.dragoman.language;

import org.dragoman.model.AnnotatedText;

/**
 * Annotates a body text with tokens, sentences, part of speech, lemmas and named entities.
 * Implementations load their models once and are safe to share across threads.
 */
public interface LanguageAnalyzer {
  AnnotatedText annotate(String text);
}
