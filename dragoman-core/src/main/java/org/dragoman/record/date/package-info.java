/** Dates in the body normalized against the document's date, and the document date inferred. */
package org.dragoman.record.date;
