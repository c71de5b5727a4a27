package org.dragoman.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.Comment;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PageReader} must do, whatever the page. An implementation's test extends this
 * class and supplies the reader and a realistic page of its kind (with a title, a byline, body
 * paragraphs and, where the format allows, a reader comment).
 */
public abstract class PageReaderContractTest {
  protected abstract PageReader reader();

  /** A realistic page of the reader's kind. */
  protected abstract RawDocument page();

  /** The same page with given metadata (title "Given Title", author "Given Author"). */
  protected abstract RawDocument pageWithGivenMetadata();

  @Test
  void bodyIsTrimmedAndBlocksAreOrderedSpansOverIt() {
    Page page = reader().read(page());
    String text = page.text();
    assertThat(text).isNotBlank().isEqualTo(text.strip());
    assertThat(page.blocks()).isNotEmpty();
    int last = 0;
    for (Block b : page.blocks()) {
      assertThat(b.start()).isGreaterThanOrEqualTo(last);
      assertThat(b.end()).isGreaterThan(b.start()).isLessThanOrEqualTo(text.length());
      String inside = text.substring(b.start(), b.end());
      assertThat(inside).isEqualTo(inside.strip());
      last = b.end();
    }
  }

  @Test
  void commentsAreNotInTheBody() {
    Page page = reader().read(page());
    for (Comment c : page.comments()) {
      String start = c.text().substring(0, Math.min(40, c.text().length()));
      assertThat(page.text()).doesNotContain(start);
      assertThat(c.author()).isNotBlank();
    }
  }

  @Test
  void readingIsDeterministic() {
    assertThat(reader().read(page())).isEqualTo(reader().read(page()));
  }

  @Test
  void givenMetadataWins() {
    Page page = reader().read(pageWithGivenMetadata());
    assertThat(page.title()).isEqualTo("Given Title");
    assertThat(page.authors()).isEqualTo(List.of("Given Author"));
  }

  @Test
  void emptyContentGivesAnEmptyPageNotACrash() {
    RawDocument d = page();
    Page page = reader().read(new RawDocument(d.origin(), d.format(), "", GivenMetadata.NONE));
    assertThat(page.text()).isEmpty();
    assertThat(page.comments()).isEmpty();
  }
}
