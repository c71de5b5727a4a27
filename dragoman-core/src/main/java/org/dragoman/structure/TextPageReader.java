package org.dragoman.structure;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Page;
import org.dragoman.model.Publication;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.text.BodyBuilder;
import org.dragoman.structure.text.Boilerplate;
import org.dragoman.structure.text.CommentHeader;
import org.dragoman.structure.text.CommentHeaderParser;
import org.dragoman.structure.text.CommentSectionReader;
import org.dragoman.structure.text.MainTextLocator;
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
  /** Menu-like lines before the running text from which on the text is located past them. */
  private static final int MENU_LINES = 3;

  private final TextParagraphs paragraphs = new TextParagraphs();
  private final PageHeaderReader headers = new PageHeaderReader();
  private final Boilerplate boilerplate = new Boilerplate();
  private final CommentHeaderParser commentHeaders = new CommentHeaderParser();
  private final CommentSectionReader comments = new CommentSectionReader();
  private final BodyBuilder bodies = new BodyBuilder();
  private final SiteNameFinder sites = new SiteNameFinder();
  private final MainTextLocator locator = new MainTextLocator();

  @Override
  public Page read(RawDocument document) {
    List<TextParagraph> all = paragraphs.split(document.content());
    PageHeader header = headers.read(all);
    List<TextParagraph> rest = header.rest();
    List<String> furniture = new ArrayList<>(header.skipped());

    int from = 0;
    int to = rest.size();
    MainTextLocator.Range core = locator.locate(rest);
    PageHeader near = null;
    if (!core.isEmpty()) {
      int firstProse = firstProse(rest);
      if (menuLinesBefore(rest, firstProse) >= MENU_LINES) {
        from = extendBack(rest, firstProse);
        near = headers.readBefore(rest, from);
        rest.subList(0, from).forEach(p -> furniture.add(p.joined()));
      }
      to = extendForward(rest, core.end());
    }

    List<TextParagraph> body = new ArrayList<>();
    int tail = to;
    for (int i = from; i < to; i++) {
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

    boolean classic = !header.authors().isEmpty() || header.published() != null;
    String title = header.title();
    List<String> authors = header.authors();
    String published = header.published();
    String evidence = header.evidence();
    if (near != null) {
      title = near.title() != null || !classic ? near.title() : title;
      authors = authors.isEmpty() ? near.authors() : authors;
      if (published == null) {
        published = near.published();
        evidence = near.evidence();
      }
    }
    Publication publication =
        header.publication() != null || near == null ? header.publication() : near.publication();

    GivenMetadata given = document.given();
    boolean givenDate = given.published() != null && !given.published().isBlank();
    return new Page(
        given.title() != null ? given.title() : title,
        !given.authors().isEmpty() ? given.authors() : authors,
        given.site() != null ? given.site() : sites.find(furniture).orElse(null),
        publication,
        givenDate ? given.published() : published,
        givenDate ? "given metadata" : evidence,
        built.text(),
        built.blocks(),
        section.comments(),
        List.of());
  }

  /** The first paragraph that reads as prose, or the end. */
  private static int firstProse(List<TextParagraph> rest) {
    for (int i = 0; i < rest.size(); i++) {
      if (MainTextLocator.isProse(rest.get(i).joined())) {
        return i;
      }
    }
    return rest.size();
  }

  /** How many menu-like short lines come before paragraph {@code end}. */
  private static int menuLinesBefore(List<TextParagraph> rest, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (!MainTextLocator.isProse(rest.get(i).joined())) {
        n++;
      }
    }
    return n;
  }

  /** Takes back short sentences (a lede, a one-line paragraph) just before the running text. */
  private int extendBack(List<TextParagraph> rest, int start) {
    while (start > 0 && isShortSentence(rest.get(start - 1))) {
      start--;
    }
    return start;
  }

  /** Takes in short sentences just after the running text (a closing one-line paragraph). */
  private int extendForward(List<TextParagraph> rest, int end) {
    while (end < rest.size() && isShortSentence(rest.get(end)) && !opensComment(rest, end)) {
      end++;
    }
    return end;
  }

  /** A sentence of three to forty words: a capital first, a full stop last. */
  private boolean isShortSentence(TextParagraph p) {
    String s = p.joined();
    if (s.isEmpty()
        || !Character.isUpperCase(s.charAt(0))
        || ".!?".indexOf(s.charAt(s.length() - 1)) < 0) {
      return false;
    }
    int words = s.split(" ").length;
    return words >= 3
        && words <= 40
        && !boilerplate.isBoilerplate(s)
        && !boilerplate.endsArticle(s);
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
