package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class JsonlSourceTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new JsonlSource();
  }

  @Override
  protected String fixture() {
    return "docs.jsonl";
  }

  @Override
  protected String otherFormatFixture() {
    return "feed-atom.xml";
  }

  @Override
  protected SourceInput badInput() {
    return SourceInput.of(
        "bad.jsonl", "{\"title\": \"no body\"}\nnot json\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachLineIsADocumentAndABadLineIsAnErrorForThatLineOnly() {
    CollectingSink sink = CollectingSink.read(new JsonlSource(), fixtureInput("docs.jsonl"));
    assertThat(sink.errors)
        .singleElement()
        .asString()
        .startsWith("formats/docs.jsonl:3: invalid JSON: ");
    assertThat(sink.documents).hasSize(3);

    RawDocument first = sink.documents.get(0);
    assertThat(first.id()).isEqualTo("ledger-2025-0412");
    assertThat(first.format()).isEqualTo(Format.TEXT);
    assertThat(first.content()).contains("\n\n“The ramp is safe,”");
    assertThat(first.given().authors()).containsExactly("Pieter Jansen");
    assertThat(first.given().published()).isEqualTo("2025-04-12T08:15");
    assertThat(first.given().site()).isEqualTo("The Coastal Ledger");

    RawDocument newsPlease = sink.documents.get(1);
    assertThat(newsPlease.content()).startsWith("Grain exports through the northern ports");
    assertThat(newsPlease.given().published()).isEqualTo("2025-03-01T14:20");
    assertThat(newsPlease.given().site()).isEqualTo("agri-wire.example.com");
    assertThat(newsPlease.origin().recordId()).isEqualTo("2");

    RawDocument html = sink.documents.get(2);
    assertThat(html.format()).isEqualTo(Format.HTML);
    assertThat(html.id()).isEqualTo("page-3");
  }

  @Test
  void aDateThatCannotBeReadIsAWarningNamingFileLineAndValueAndTheDocumentIsReadUndated() {
    String input =
        "{\"text\": \"First.\", \"published\": \"2025-04-12\"}\n"
            + "{\"text\": \"Second.\", \"published\": \"sometime last spring\"}\n"
            + "{\"text\": \"Third.\", \"date_publish\": \"2025-13-45 10:00:00\"}\n"
            + "{\"text\": \"Fourth.\", \"published\": {\"year\": 2025}}\n";
    CollectingSink sink =
        CollectingSink.read(
            new JsonlSource(),
            SourceInput.of("dated.jsonl", input.getBytes(StandardCharsets.UTF_8)));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly("First.", "Second.", "Third.", "Fourth.");
    assertThat(sink.documents)
        .extracting(d -> d.given().published())
        .containsExactly("2025-04-12", null, null, null);
    assertThat(sink.warnings)
        .containsExactly(
            "dated.jsonl:2: \"published\" is not a date that can be read: \"sometime last"
                + " spring\" (the document is read without a date)",
            "dated.jsonl:3: \"date_publish\" is not a date that can be read: \"2025-13-45"
                + " 10:00:00\" (the document is read without a date)",
            "dated.jsonl:4: \"published\" is not a date that can be read: {\"year\":2025}"
                + " (the document is read without a date)");
  }

  @Test
  void aLineWithNeitherTextNorHtmlIsAnError() {
    CollectingSink sink = CollectingSink.read(new JsonlSource(), badInput());
    assertThat(sink.errors).hasSize(2);
    assertThat(sink.errors.get(0)).isEqualTo("bad.jsonl:1: neither \"text\" nor \"html\"");
    assertThat(sink.errors.get(1)).startsWith("bad.jsonl:2: invalid JSON: Unrecognized token");
  }

  @Test
  void aLineOverTheLimitIsAnErrorAndTheNextLineIsRead() {
    String longLine = "{\"text\": \"" + "x".repeat(500) + "\"}";
    String input = longLine + "\n{\"text\": \"short\"}\n";
    CollectingSink sink =
        CollectingSink.read(
            new JsonlSource(),
            SourceInput.of("big.jsonl", input.getBytes(StandardCharsets.UTF_8), 100));
    assertThat(sink.errors).singleElement().asString().startsWith("big.jsonl:1: line too large");
    assertThat(sink.documents).extracting(RawDocument::content).isEqualTo(List.of("short"));
  }

  @Test
  void detectsJsonLinesFromContent() {
    SourceInput unnamed =
        SourceInput.of(
            "export", "{\"text\": \"A\"}\n{\"text\": \"B\"}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(new JsonlSource().accepts(unnamed)).isTrue();
    SourceInput pretty =
        SourceInput.of("config.json", "{\n  \"a\": 1\n}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(new JsonlSource().accepts(pretty)).isFalse();
  }
}
