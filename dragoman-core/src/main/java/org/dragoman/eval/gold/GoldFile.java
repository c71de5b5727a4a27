package org.dragoman.eval.gold;

import java.nio.file.Path;
import java.util.List;

/**
 * A gold file as read.
 *
 * @param path where it was read from; document files resolve against its ancestor directories
 * @param about its own description
 * @param documents the annotated documents, in file order
 * @param hasCorpusSection whether it has a {@code corpus} section (stories, cross-document entities
 *     and links), which this scorer does not score yet
 */
public record GoldFile(
    Path path, String about, List<GoldDocument> documents, boolean hasCorpusSection) {
  public GoldFile {
    documents = List.copyOf(documents);
  }
}
