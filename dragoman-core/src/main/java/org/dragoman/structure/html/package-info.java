/** HTML page structure: metadata, reader comments, main content and its blocks and links. */
package org.dragoman.structure.html;
