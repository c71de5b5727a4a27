package org.dragoman.structure;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;

/** Reads a plain-text document: paragraphs are separated by blank lines. (Baseline.) */
public final class TextPageReader implements PageReader {
  @Override
  public Page read(RawDocument document) {
    StringBuilder body = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (String para : document.content().split("\\R\\s*\\R")) {
      String p = para.strip().replaceAll("\\s*\\R\\s*", " ");
      if (p.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, body.length(), body.length() + p.length()));
      body.append(p);
    }
    var given = document.given();
    return new Page(
        given.title(),
        given.authors(),
        given.site(),
        null,
        given.published(),
        given.published() == null ? null : "given metadata",
        body.toString(),
        blocks,
        List.of(),
        List.of());
  }
}
