package org.dragoman.structure;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page: paragraphs of the body. (Baseline.) */
public final class HtmlPageReader implements PageReader {
  @Override
  public Page read(RawDocument document) {
    Document doc = Jsoup.parse(document.content(), document.origin().source());
    StringBuilder body = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (Element p : doc.select("p, blockquote, h1, h2, h3, li")) {
      String t = p.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, body.length(), body.length() + t.length()));
      body.append(t);
    }
    var given = document.given();
    String title = given.title() != null ? given.title() : doc.title();
    return new Page(
        title.isBlank() ? null : title,
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
