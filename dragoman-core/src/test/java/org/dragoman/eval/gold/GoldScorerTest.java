package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.Score;
import org.dragoman.model.Analysis;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Comment;
import org.dragoman.model.DateMention;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Quote;
import org.dragoman.model.QuoteKind;
import org.dragoman.model.Speaker;
import org.junit.jupiter.api.Test;

/** The scorer on hand-made analyses against a tiny hand-made gold file. */
class GoldScorerTest {
  static final String BODY =
      "Finance Minister Ana Kovac said on Monday that the budget was “balanced and fair”. Kovac"
          + " added: “We will not raise taxes.”\n\n"
          + "Critics called the plan a “miracle” and asked for a “miracle” of their own. The"
          + " opposition leader, Marko Horvat, argued that spending would rise (Daily Ledger,"
          + " March 3).";

  static GoldFile gold() {
    return new GoldReader().read(tinyGold());
  }

  static Path tinyGold() {
    try {
      return Path.of(GoldScorerTest.class.getResource("/eval/tiny/gold/tiny.gold.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a perfect pipeline would say about the tiny article. */
  static Analysis perfect() {
    return analysis(
        "Budget passes",
        List.of("Jo Reed"),
        "2024-03-04",
        BODY,
        List.of(new Comment("pat", "2024-03-04T10:15", "Good news for once.")),
        List.of(
            entity(
                "e1",
                "Ana Kovac",
                EntityType.PERSON,
                List.of("Kovac"),
                List.of("Finance Minister")),
            entity(
                "e2", "Marko Horvat", EntityType.PERSON, List.of(), List.of("opposition leader")),
            entity("e3", "Daily Ledger", EntityType.ORGANIZATION, List.of(), List.of())),
        List.of(
            quote("q1", "balanced and fair", "Ana Kovac", List.of("c1")),
            quote("q2", "We will not raise taxes.", "Ana Kovac", List.of()),
            indirect("q3", "spending would rise", "Marko Horvat")),
        List.of(citation("c1", "Daily Ledger", "2024-03-03")),
        List.of(date("March 3", "2024-03-03"), date("Monday", "2024-03-04")));
  }

  @Test
  void aPerfectAnalysisPassesEveryCheck() {
    List<Check> checks = new GoldScorer().score(gold().documents().get(0), perfect());
    assertThat(checks).allSatisfy(c -> assertThat(c.passed()).as(c.line()).isTrue());
    EvalReport report = GoldResult.of("tiny", checks, List.of()).report();
    assertThat(report.scores()).extracting(Score::value).containsOnly(1.0);
    assertThat(report.scores())
        .extracting(Score::key)
        .containsExactly(
            "metadata.accuracy",
            "body.accuracy",
            "comments.accuracy",
            "entities.recall",
            "aliases.recall",
            "roles.recall",
            "entity_errors.accuracy",
            "attribution.accuracy",
            "quotes_found.recall",
            "reported_speech.accuracy",
            "quote_citations.recall",
            "citations.recall",
            "dates.accuracy");
    // title, authors, site, publication, date, year, month, not_before
    assertThat(report.score("metadata.accuracy").orElseThrow().total()).isEqualTo(8);
    // count, author, published, text
    assertThat(report.score("comments.accuracy").orElseThrow().total()).isEqualTo(4);
    // the scare quote expects no speaker, so only two quotes must be found
    assertThat(report.score("quotes_found.recall").orElseThrow().total()).isEqualTo(2);
  }

  @Test
  void eachKindOfMistakeCostsItsOwnCheck() {
    Analysis p = perfect();
    String leaky = p.text() + "\n\nSubscribe to our newsletter.";
    Analysis wrong =
        analysis(
            "Budget passes",
            List.of("Jo Reed"),
            "2024-02", // not a full date: fails date prefix and not_before, keeps year
            leaky,
            List.of(new Comment("pat", "2024-03-05T10:15", "Good news for once.")),
            List.of(
                entity("e1", "Ana Kovac", EntityType.PERSON, List.of(), List.of("minister")),
                entity("e2", "Kovac", EntityType.PERSON, List.of(), List.of()),
                entity("e3", "Marko Horvat", EntityType.ORGANIZATION, List.of(), List.of())),
            List.of(
                quote("q1", "balanced and fair", "Kovac", List.of()),
                // a speaker on the first "miracle" must not count for the second
                quote("q2", "miracle", "Critics", List.of())),
            List.of(citation("c1", "Daily Ledger", null)),
            List.of(date("March 3", "2024-03-03"), date("Monday", "2024-03-11")));
    EvalReport report =
        GoldResult.of("tiny", new GoldScorer().score(gold().documents().get(0), wrong), List.of())
            .report();

    assertScore(report, "metadata.accuracy", 5, 8); // date, month, not_before wrong
    assertScore(report, "body.accuracy", 2, 3);
    assertScore(report, "comments.accuracy", 3, 4);
    assertScore(report, "entities.recall", 1, 3); // Horvat has the wrong type, no Ledger
    assertScore(report, "aliases.recall", 0, 1);
    assertScore(report, "roles.recall", 0, 2);
    assertScore(report, "entity_errors.accuracy", 1, 2); // "Kovac" on its own
    assertScore(report, "attribution.accuracy", 1, 3); // only the scare quote is right
    assertScore(report, "quotes_found.recall", 1, 2);
    assertScore(report, "reported_speech.accuracy", 0, 1);
    assertScore(report, "quote_citations.recall", 0, 1);
    assertScore(report, "citations.recall", 0, 1);
    assertScore(report, "dates.accuracy", 1, 2);
  }

  @Test
  void failuresSayWhatWasExpectedAndWhatWasPredicted() {
    Analysis p = perfect();
    List<Quote> quotes = new ArrayList<>(p.quotes());
    quotes.set(1, quote("q2", "We will not raise taxes.", "Marko Horvat", List.of()));
    Analysis wrong = withQuotes(p, quotes);
    GoldResult result =
        GoldResult.of("tiny", new GoldScorer().score(gold().documents().get(0), wrong), List.of());
    assertThat(result.failures()).hasSize(1);
    Check failed = result.failures().get(0);
    assertThat(failed.task()).isEqualTo(GoldTask.ATTRIBUTION);
    assertThat(failed.expected()).isEqualTo("\"Ana Kovac\"");
    assertThat(failed.predicted()).contains("\"Marko Horvat\"");
    assertThat(result.failureListing()).contains("news/budget.txt").contains("1 failure(s)");
  }

  @Test
  void aDateIsRightOnlyWhenEveryOccurrenceWithThatTextIsRight() {
    Analysis p = perfect();
    List<DateMention> dates = new ArrayList<>(p.dates());
    dates.add(date("Monday", "2024-03-11"));
    Analysis twice = withDates(p, dates);
    List<Check> checks = new GoldScorer().score(gold().documents().get(0), twice);
    assertThat(checks.stream().filter(c -> c.task() == GoldTask.DATES && !c.passed()))
        .singleElement()
        .satisfies(c -> assertThat(c.predicted()).contains("2024-03-11"));
  }

  @Test
  void aSpeakerOnAScareQuoteIsWrongAndNoQuoteThereIsRight() {
    Analysis p = perfect();
    int second = BODY.indexOf("“miracle”", BODY.indexOf("“miracle”") + 1) + 1;
    List<Quote> quotes = new ArrayList<>(p.quotes());
    quotes.add(
        new Quote(
            "q9",
            "miracle",
            second,
            second + 7,
            QuoteKind.PARTIAL,
            new Speaker("e2", "Marko Horvat"),
            "asked",
            null,
            null,
            0.5,
            List.of()));
    List<Check> checks = new GoldScorer().score(gold().documents().get(0), withQuotes(p, quotes));
    assertThat(checks.stream().filter(c -> !c.passed()).map(Check::item))
        .containsExactly("speaker of \"miracle\"");
  }

  static void assertScore(EvalReport report, String key, int correct, int total) {
    Score s = report.score(key).orElseThrow(() -> new AssertionError("no figure " + key));
    assertThat(s.correct() + "/" + s.total()).as(key).isEqualTo(correct + "/" + total);
  }

  static Analysis analysis(
      String title,
      List<String> authors,
      String published,
      String text,
      List<Comment> comments,
      List<Entity> entities,
      List<Quote> quotes,
      List<Citation> citations,
      List<DateMention> dates) {
    return new Analysis(
        "tiny",
        "news/budget.txt",
        title,
        authors,
        null,
        null,
        published,
        "byline",
        text,
        null,
        null,
        comments,
        entities,
        quotes,
        citations,
        dates);
  }

  static Analysis withQuotes(Analysis a, List<Quote> quotes) {
    return analysis(
        a.title(),
        a.authors(),
        a.published(),
        a.text(),
        a.comments(),
        a.entities(),
        quotes,
        a.citations(),
        a.dates());
  }

  static Analysis withDates(Analysis a, List<DateMention> dates) {
    return analysis(
        a.title(),
        a.authors(),
        a.published(),
        a.text(),
        a.comments(),
        a.entities(),
        a.quotes(),
        a.citations(),
        dates);
  }

  static Entity entity(
      String id, String name, EntityType type, List<String> aliases, List<String> roles) {
    int at = BODY.indexOf(name);
    List<Mention> mentions =
        at < 0 ? List.of() : List.of(new Mention(at, at + name.length(), name));
    return new Entity(id, name, type, aliases, roles, mentions);
  }

  static Quote quote(String id, String text, String speaker, List<String> citations) {
    int at = BODY.indexOf(text);
    return new Quote(
        id,
        text,
        at,
        at + text.length(),
        QuoteKind.DIRECT,
        new Speaker(null, speaker),
        "said",
        null,
        null,
        0.9,
        citations);
  }

  static Quote indirect(String id, String text, String speaker) {
    int at = BODY.indexOf(text);
    return new Quote(
        id,
        text,
        at,
        at + text.length(),
        QuoteKind.INDIRECT,
        new Speaker(null, speaker),
        "argued",
        null,
        null,
        0.8,
        List.of());
  }

  static Citation citation(String id, String source, String date) {
    String text = "Daily Ledger, March 3";
    int at = BODY.indexOf(text);
    return new Citation(
        id, text, at, at + text.length(), source, date, CitationKind.ATTRIBUTION, null);
  }

  static DateMention date(String text, String value) {
    int at = BODY.indexOf(text);
    return new DateMention(text, at, at + text.length(), value);
  }
}
