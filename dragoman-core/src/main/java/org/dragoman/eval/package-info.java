/** Evaluation: gold readers, scorers and the regression file of expected scores. */
package org.dragoman.eval;
