package org.dragoman.structure.html;

import java.util.List;
import org.dragoman.model.Comment;
import org.jsoup.nodes.Document;

/**
 * Reads a parsed HTML page into metadata, reader comments and the article body, in that order (each
 * step may change the document: comments and boilerplate are removed before the body is found). One
 * instance serves many threads; each call works on its own document.
 */
public final class HtmlStructure {
  private final MetadataExtractor metadata = new MetadataExtractor();
  private final CommentExtractor comments = new CommentExtractor();
  private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
  private final ContentFinder finder = new ContentFinder();
  private final LeadFinder leads = new LeadFinder();
  private final BodyWriter writer = new BodyWriter();

  /** The parts of a page. */
  public record Parts(HtmlMetadata metadata, List<Comment> comments, BodyText body) {}

  /** Reads the page; {@code doc} is consumed (changed) by the reading. */
  public Parts read(Document doc, String url) {
    PageNames names = new PageNames();
    HtmlMetadata meta = metadata.extract(doc, url, names);
    if (doc.body() == null) {
      return new Parts(meta, List.of(), BodyText.EMPTY);
    }
    List<Comment> found = comments.extractAndRemove(doc, names);
    cleaner.stripNonText(doc.body());
    MainContent guess = leads.withLead(finder.find(doc.body(), names), names);
    NodeStats cleaned = cleaner.clean(doc.body(), guess, names);
    MainContent main = leads.withLead(finder.find(doc.body(), cleaned, names), names);
    BodyText body =
        SectionEnd.cut(DropCaps.join(writer.write(main.elements(), main.stats(), names)));
    body = PictureCaptions.drop(body);
    body = LeadEcho.drop(body);
    body = RepeatedHeadline.drop(body, meta.title(), doc.title(), meta.declaredTitles());
    body = EchoedBlocks.drop(body);
    body = MoreTeaserUnits.drop(body);
    body = LinkedHeadings.drop(body, url);
    body = BylineDateLines.drop(body, meta.authors());
    body = LinkTeaser.dropMoreTeasers(body);
    body = AuthorBio.drop(body, meta.authors());
    body = UnsignedBio.drop(body, meta.authors());
    body = TrailingHeadings.drop(body);
    body = ArticleBodyFallback.apply(body, meta.articleBody());
    body = ComposedText.of(body);
    return new Parts(meta, found, body);
  }
}
