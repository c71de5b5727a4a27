/**
 * Sources read bytes (files, feeds, archives, directories) into raw documents with their origin.
 */
package org.dragoman.source;
