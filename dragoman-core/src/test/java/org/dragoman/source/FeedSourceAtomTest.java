package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class FeedSourceAtomTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new FeedSource();
  }

  @Override
  protected String fixture() {
    return "feed-atom.xml";
  }

  @Override
  protected String otherFormatFixture() {
    return "docs.jsonl";
  }

  @Override
  protected SourceInput badInput() {
    return SourceInput.of(
        "cut.atom",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut</title><entry><title>Half"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachEntryIsADocument() {
    CollectingSink sink = CollectingSink.read(new FeedSource(), fixtureInput("feed-atom.xml"));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(2);

    RawDocument first = sink.documents.get(0);
    assertThat(first.format()).isEqualTo(Format.HTML);
    assertThat(first.content()).startsWith("<p>The port handled more cargo");
    assertThat(first.given().title()).isEqualTo("Port of Klaipėda Sets a Record & Plans Expansion");
    assertThat(first.given().authors()).containsExactly("Rūta Kazlauskienė");
    assertThat(first.given().published()).isEqualTo("2025-02-20T18:30");
    assertThat(first.given().url())
        .isEqualTo("https://baltic-desk.example.net/2025/02/klaipeda-record");
    assertThat(first.given().site()).isEqualTo("Baltic Desk");
    assertThat(first.origin().recordId())
        .isEqualTo("tag:baltic-desk.example.net,2025:klaipeda-record");

    RawDocument second = sink.documents.get(1);
    assertThat(second.format()).isEqualTo(Format.TEXT);
    assertThat(second.content()).startsWith("Crews of the night ferry");
    assertThat(second.given().published()).isEqualTo("2025-02-18T12:00");
  }

  @Test
  void truncatedAtomIsInvalidXml() {
    CollectingSink sink = CollectingSink.read(new FeedSource(), badInput());
    assertThat(sink.errors).singleElement().asString().startsWith("cut.atom: invalid feed XML: ");
  }
}
