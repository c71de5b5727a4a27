/**
 * Helpers that read the parts of a plain-text page dump: dates, bylines, publication headers, site
 * names, boilerplate, reader comments and body blocks.
 */
package org.dragoman.structure.text;
