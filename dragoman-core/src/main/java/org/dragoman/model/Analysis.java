package org.dragoman.model;

import java.util.List;

/**
 * The analyst's record of one document: the serialized form is the analysis contract
 * (docs/analysis-format.md in the shared folder).
 */
public record Analysis(
    String id,
    String source,
    String title,
    List<String> authors,
    String site,
    Publication publication,
    String published,
    String publishedEvidence,
    String text,
    List<Block> blocks,
    List<Link> links,
    List<Comment> comments,
    List<Entity> entities,
    List<Quote> quotes,
    List<Citation> citations,
    List<DateMention> dates) {
  public Analysis {
    authors = authors == null ? List.of() : List.copyOf(authors);
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
    links = links == null ? List.of() : List.copyOf(links);
    comments = comments == null ? List.of() : List.copyOf(comments);
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    citations = citations == null ? List.of() : List.copyOf(citations);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }
}
