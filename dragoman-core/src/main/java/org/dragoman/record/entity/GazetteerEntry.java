package org.dragoman.record.entity;

import java.util.Set;

/**
 * One spelling in the gazetteer and what it denotes.
 *
 * @param referent the canonical name of what it denotes (for a capital, seat or demonym: its
 *     country)
 * @param kind what kind of name it is
 * @param needsArticle true when the spelling only counts after "the" ("the West", "the Times")
 * @param heads capitalized generic nouns that re-mention an organization ("Alliance")
 */
record GazetteerEntry(String referent, NameKind kind, boolean needsArticle, Set<String> heads) {
  GazetteerEntry {
    heads = Set.copyOf(heads);
  }
}
