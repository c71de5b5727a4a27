package org.dragoman.structure;

import java.util.List;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.html.HtmlMetadata;
import org.dragoman.structure.html.HtmlStructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
    Document doc = Jsoup.parse(document.content(), url);
    HtmlStructure.Parts parts = structure.read(doc, url);
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
