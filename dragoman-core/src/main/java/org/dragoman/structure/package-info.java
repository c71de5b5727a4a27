/** Structure finds the parts of a page: title, byline, dates, body, block quotes, comments. */
package org.dragoman.structure;
