/** Citations: parenthetical sources, cross-references, report mentions and hyperlinks. */
package org.dragoman.record.citation;
