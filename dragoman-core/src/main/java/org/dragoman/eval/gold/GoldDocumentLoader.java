package org.dragoman.eval.gold;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.RawDocument;
import org.dragoman.source.InputWalker;
import org.dragoman.source.Sources;
import org.dragoman.source.WalkedDocuments;

/**
 * Finds and reads the document a gold entry names. Its {@code file} resolves against the gold
 * file's ancestor directories, nearest first (so "corpus/seeds/x.txt" in shared/gold/ resolves
 * against shared/); a {@code record} selects one document of a multi-document file.
 */
public final class GoldDocumentLoader {
  private final Sources sources;

  public GoldDocumentLoader(Sources sources) {
    this.sources = sources;
  }

  /** The file a gold entry names, or null when no ancestor directory holds it. */
  public static Path resolve(Path goldFile, String file) {
    Path given = Path.of(file);
    if (given.isAbsolute()) {
      return Files.exists(given) ? given : null;
    }
    for (Path dir = goldFile.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(given).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The gold entry's raw document; throws {@link GoldFormatException} with a one-line cause. */
  public RawDocument load(Path goldFile, GoldDocument gold) {
    Path path = resolve(goldFile, gold.file());
    if (path == null) {
      throw new GoldFormatException(
          gold.file() + ": not found next to " + goldFile + " or in any directory above it");
    }
    WalkedDocuments walked = new InputWalker(sources).readAll(List.of(path));
    List<RawDocument> read = walked.documents();
    List<String> errors = walked.errors();
    if (gold.record() != null) {
      return read.stream()
          .filter(d -> gold.record().equals(d.origin().recordId()) || gold.record().equals(d.id()))
          .findFirst()
          .orElseThrow(
              () ->
                  new GoldFormatException(
                      gold.label()
                          + ": no record "
                          + gold.record()
                          + " among "
                          + read.size()
                          + " document(s)"
                          + (errors.isEmpty() ? "" : "; " + errors.get(0))));
    }
    if (read.isEmpty()) {
      throw new GoldFormatException(
          errors.isEmpty() ? gold.file() + ": no document read" : errors.get(0));
    }
    if (read.size() > 1) {
      throw new GoldFormatException(
          gold.file() + ": holds " + read.size() + " documents; say which with \"record\"");
    }
    return read.get(0);
  }
}
