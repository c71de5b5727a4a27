/** The analyzer composes the stages, from a raw document to its analysis, and serializes it. */
package org.dragoman.analysis;
