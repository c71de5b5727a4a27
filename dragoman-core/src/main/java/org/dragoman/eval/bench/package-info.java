/** Benchmarks: our pipeline against CoreNLP's own quote pipeline, in tokens per second. */
package org.dragoman.eval.bench;
