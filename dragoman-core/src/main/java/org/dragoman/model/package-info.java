/** Immutable records that flow between the pipeline stages, from raw bytes to the analysis. */
package org.dragoman.model;
