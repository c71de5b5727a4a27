/** Entities inside one document: canonical names, aliases, roles, metonyms and acronyms. */
package org.dragoman.record.entity;
