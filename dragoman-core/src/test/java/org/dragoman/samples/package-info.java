/** Checks and tools for the bundled sample corpus in the repository's samples/ directory. */
package org.dragoman.samples;
