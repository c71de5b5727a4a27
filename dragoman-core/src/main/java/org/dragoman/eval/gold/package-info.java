/** Gold files: hand-made reference annotations, their reader, and the scorer that compares them. */
package org.dragoman.eval.gold;
