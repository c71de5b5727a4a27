/**
 * Word lists and the reader of line-based lexicon files shared by the stages, depending on no
 * stage.
 */
package org.dragoman.lexicon;
