package org.dragoman.structure.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.Publication;

/**
 * Reads the lines at the top of a plain-text page, one by one, while they are header lines: a
 * publication header, bylines and date lines, page furniture, and one title line (a short line
 * without a final period, followed by a byline or a blank line). The first other line begins the
 * body. Stateless.
 */
public final class PageHeaderReader {
  private static final int MAX_HEADER_LINES = 15;
  private static final int MAX_TITLE_WORDS = 20;

  private final PublicationHeaderParser publications = new PublicationHeaderParser();
  private final BylineParser bylines = new BylineParser();
  private final Boilerplate boilerplate = new Boilerplate();
  private final TextDates dates = new TextDates();

  public PageHeader read(List<TextParagraph> paragraphs) {
    String title = null;
    List<String> authors = new ArrayList<>();
    String published = null;
    String evidence = null;
    Publication publication = null;
    List<String> skipped = new ArrayList<>();
    int seen = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> lines = paragraphs.get(p).lines();
      for (int l = 0; l < lines.size(); l++) {
        String line = lines.get(l).strip();
        if (++seen > MAX_HEADER_LINES) {
          return header(
              title, authors, published, evidence, publication, skipped, paragraphs, p, l);
        }
        Optional<Publication> pub = publications.parse(line);
        if (pub.isPresent() && publication == null) {
          publication = pub.get();
          Optional<FoundDate> dated =
              dates.findAll(line).stream().filter(FoundDate::hasYear).findFirst();
          if (published == null && dated.isPresent()) {
            published = dated.get().value();
            evidence = "publication header \"" + line + "\"";
          }
          continue;
        }
        Optional<Byline> byline = bylines.parse(line);
        if (byline.isPresent()) {
          if (authors.isEmpty()) {
            authors.addAll(byline.get().authors());
          }
          if (published == null && byline.get().published() != null) {
            published = byline.get().published();
            evidence = "byline \"" + line + "\"";
          }
          continue;
        }
        if (boilerplate.isBoilerplate(line)) {
          skipped.add(line);
          continue;
        }
        String next = l + 1 < lines.size() ? lines.get(l + 1).strip() : null;
        boolean moreFollows = l + 1 < lines.size() || p + 1 < paragraphs.size();
        if (title == null
            && authors.isEmpty()
            && isTitleLike(line)
            && moreFollows
            && (next == null
                || bylines.parse(next).isPresent()
                || publications.parse(next).isPresent())) {
          title = line;
          continue;
        }
        return header(title, authors, published, evidence, publication, skipped, paragraphs, p, l);
      }
    }
    return header(
        title,
        authors,
        published,
        evidence,
        publication,
        skipped,
        paragraphs,
        paragraphs.size(),
        0);
  }

  /**
   * Reads the header lines just before the running text of a page dump (found past menus and other
   * furniture): walking up from {@code bodyStart}, bylines and date lines, furniture, and the title
   * line above a byline. The result's {@code rest} is empty.
   */
  public PageHeader readBefore(List<TextParagraph> paragraphs, int bodyStart) {
    String title = null;
    List<String> authors = new ArrayList<>();
    String published = null;
    String evidence = null;
    Publication publication = null;
    boolean dated = false;
    int looked = 0;
    int strangers = 0;
    scan:
    for (int p = bodyStart - 1; p >= 0; p--) {
      List<String> lines = paragraphs.get(p).lines();
      for (int l = lines.size() - 1; l >= 0; l--) {
        String line = lines.get(l).strip();
        if (++looked > MAX_HEADER_LINES) {
          break scan;
        }
        Optional<Publication> pub = publications.parse(line);
        if (pub.isPresent()) {
          publication = publication == null ? pub.get() : publication;
          continue;
        }
        Optional<Byline> byline = bylines.parse(line);
        if (byline.isPresent()) {
          if (authors.isEmpty()) {
            authors.addAll(byline.get().authors());
          }
          if (published == null && byline.get().published() != null) {
            published = byline.get().published();
            evidence = "byline \"" + line + "\"";
          }
          dated = true;
          continue;
        }
        if (boilerplate.isBoilerplate(line)) {
          continue;
        }
        if (dated && isTitleLike(line)) {
          title = line;
          break scan;
        }
        if (dated || ++strangers > 3) {
          break scan;
        }
      }
    }
    return new PageHeader(title, authors, published, evidence, publication, List.of(), List.of());
  }

  /** A short line that does not end like a sentence and starts like a headline. */
  static boolean isTitleLike(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 200 || s.split("\\s+").length > MAX_TITLE_WORDS) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    boolean startsWell =
        Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'".indexOf(first) >= 0;
    return startsWell && ".,;:".indexOf(last) < 0 && s.chars().anyMatch(Character::isLetter);
  }

  private static PageHeader header(
      String title,
      List<String> authors,
      String published,
      String evidence,
      Publication publication,
      List<String> skipped,
      List<TextParagraph> paragraphs,
      int p,
      int l) {
    List<TextParagraph> rest = new ArrayList<>();
    if (p < paragraphs.size()) {
      rest.add(paragraphs.get(p).drop(l));
      rest.addAll(paragraphs.subList(p + 1, paragraphs.size()));
    }
    return new PageHeader(title, authors, published, evidence, publication, skipped, rest);
  }
}
