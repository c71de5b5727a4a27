package org.dragoman.structure;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.text.BodyBuilder;
import org.dragoman.structure.text.Boilerplate;
import org.dragoman.structure.text.CommentHeader;
import org.dragoman.structure.text.CommentHeaderParser;
import org.dragoman.structure.text.CommentSectionReader;
import org.dragoman.structure.text.PageHeader;
import org.dragoman.structure.text.PageHeaderReader;
import org.dragoman.structure.text.SiteNameFinder;
import org.dragoman.structure.text.TextParagraph;
import org.dragoman.structure.text.TextParagraphs;

/**
 * Reads a plain-text document, including a text dump of a whole web page: the header at the top
 * (title, byline, date, publication header), the body, and the tail after it (author bio, notices,
 * navigation, reader comments). Page furniture is left out of the body; the site name is looked for
 * in the furniture. Stateless and thread-safe.
 */
public final class TextPageReader implements PageReader {
  private final TextParagraphs paragraphs = new TextParagraphs();
  private final PageHeaderReader headers = new PageHeaderReader();
  private final Boilerplate boilerplate = new Boilerplate();
  private final CommentHeaderParser commentHeaders = new CommentHeaderParser();
  private final CommentSectionReader comments = new CommentSectionReader();
  private final BodyBuilder bodies = new BodyBuilder();
  private final SiteNameFinder sites = new SiteNameFinder();

  @Override
  public Page read(RawDocument document) {
    PageHeader header = headers.read(paragraphs.split(document.content()));
    List<String> furniture = new ArrayList<>(header.skipped());
    List<TextParagraph> body = new ArrayList<>();
    List<TextParagraph> rest = header.rest();
    int tail = rest.size();
    for (int i = 0; i < rest.size(); i++) {
      TextParagraph p = rest.get(i);
      String joined = p.joined();
      if (!body.isEmpty() && (boilerplate.endsArticle(joined) || opensComment(rest, i))) {
        tail = i;
        break;
      }
      if (boilerplate.isBoilerplate(joined)) {
        furniture.add(joined);
      } else {
        body.add(p);
      }
    }
    CommentSectionReader.Section section = comments.read(rest.subList(tail, rest.size()));
    furniture.addAll(section.leftover());
    BodyBuilder.Body built = bodies.build(body);

    GivenMetadata given = document.given();
    boolean givenDate = given.published() != null && !given.published().isBlank();
    return new Page(
        given.title() != null ? given.title() : header.title(),
        !given.authors().isEmpty() ? given.authors() : header.authors(),
        given.site() != null ? given.site() : sites.find(furniture).orElse(null),
        header.publication(),
        givenDate ? given.published() : header.published(),
        givenDate ? "given metadata" : header.evidence(),
        built.text(),
        built.blocks(),
        section.comments(),
        List.of());
  }

  /** A comment header inside the article's run needs strong evidence: a time or a "says:" cue. */
  private boolean opensComment(List<TextParagraph> rest, int i) {
    TextParagraph p = rest.get(i);
    String next =
        p.lines().size() > 1
            ? p.lines().get(1)
            : i + 1 < rest.size() ? rest.get(i + 1).firstLine() : null;
    return commentHeaders.parse(p.firstLine(), next).filter(CommentHeader::timed).isPresent();
  }
}
