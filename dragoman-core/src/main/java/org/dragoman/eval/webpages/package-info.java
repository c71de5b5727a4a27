/** Evaluation of HTML page structure on the webpages-dev set: body snippets, metadata, speed. */
package org.dragoman.eval.webpages;
