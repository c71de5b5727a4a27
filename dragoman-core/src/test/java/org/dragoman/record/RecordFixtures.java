package org.dragoman.record;

import java.util.List;
import org.dragoman.language.CoreNlpLanguageAnalyzer;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Comment;
import org.dragoman.model.Link;
import org.dragoman.model.Page;
import org.dragoman.model.Publication;

/** Fixtures for record-stage tests: one CoreNLP pipeline per test run, and pages of a body. */
public final class RecordFixtures {
  private RecordFixtures() {}

  /** The real language stage, loaded once per test JVM (a few seconds). */
  private static final class Holder {
    static final CoreNlpLanguageAnalyzer NLP = new CoreNlpLanguageAnalyzer();
  }

  public static AnnotatedText annotate(String text) {
    return Holder.NLP.annotate(text);
  }

  public static Page page(String text, String published) {
    return new Page(
        null,
        List.of(),
        null,
        null,
        published,
        published == null ? null : "byline",
        text,
        null,
        null,
        null);
  }

  public static Page page(
      String text,
      String published,
      Publication publication,
      String site,
      List<Link> links,
      List<Comment> comments) {
    return new Page(
        null,
        List.of(),
        site,
        publication,
        published,
        published == null ? null : "byline",
        text,
        null,
        comments,
        links);
  }
}
