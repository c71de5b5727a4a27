/** The language stage: tokens, sentences, part of speech, lemmas and named entities. */
package org.dragoman.language;
