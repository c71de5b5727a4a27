/** The PolNeAR attribution corpus: a reader for its brat standoff files and its evaluation. */
package org.dragoman.eval.polnear;
