package org.dragoman.structure;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.html.BodyText;
import org.dragoman.structure.html.HtmlMetadata;
import org.dragoman.structure.html.HtmlStructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: metadata (JSON-LD, OpenGraph and meta tags, {@code <time>}, bylines), the
 * article body as a reader mode would show it, and reader comments. Given metadata wins.
 */
public final class HtmlPageReader implements PageReader {
  private final HtmlStructure structure = new HtmlStructure();

  @Override
  public Page read(RawDocument document) {
    GivenMetadata given = document.given();
    String url = baseUrl(document);
    HtmlStructure.Parts parts;
    try {
      parts = structure.read(Jsoup.parse(document.content(), url), url);
    } catch (StackOverflowError tooDeep) {
      parts = flat(Jsoup.parse(document.content(), url));
    }
    HtmlMetadata meta = parts.metadata();
    String title = given.title() != null && !given.title().isBlank() ? given.title() : meta.title();
    List<String> authors = !given.authors().isEmpty() ? given.authors() : meta.authors();
    String site = given.site() != null && !given.site().isBlank() ? given.site() : meta.site();
    String published = meta.published();
    String evidence = meta.publishedEvidence();
    if (given.published() != null && !given.published().isBlank()) {
      published = given.published();
      evidence = "given metadata";
    }
    return new Page(
        title,
        authors,
        site,
        null,
        published,
        evidence,
        parts.body().text(),
        parts.body().blocks(),
        parts.comments(),
        parts.body().links());
  }

  /**
   * A page nested too deeply for the tree walks (thousands of levels, never seen on real pages):
   * its paragraphs in page order, found by jsoup's own non-recursive selection, and no metadata.
   */
  private static HtmlStructure.Parts flat(Document doc) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (Element e : doc.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre")) {
      String t = e.ownText().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, text.length(), text.length() + t.length()));
      text.append(t);
    }
    return new HtmlStructure.Parts(
        new HtmlMetadata(null, List.of(), null, null, null),
        List.of(),
        new BodyText(text.toString(), blocks, List.of()));
  }

  /** The page's own URL when known (given metadata or an http origin), else "". */
  private static String baseUrl(RawDocument document) {
    String url = document.given().url();
    if (url != null && !url.isBlank()) {
      return url;
    }
    String source = document.origin().source();
    return source != null && (source.startsWith("http://") || source.startsWith("https://"))
        ? source
        : "";
  }
}
