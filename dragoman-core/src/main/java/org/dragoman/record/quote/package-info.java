/** Quotes and reported speech with their speakers, cues, evidence and citations. */
package org.dragoman.record.quote;
