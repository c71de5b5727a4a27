/** The record stage builds the analyst's record of a document from its page and annotations. */
package org.dragoman.record;
