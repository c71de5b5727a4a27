package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceRssTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new FeedSource();
  }

  @Override
  protected String fixture() {
    return "feed-rss.xml";
  }

  @Override
  protected String otherFormatFixture() {
    return "page.html";
  }

  @Override
  protected SourceInput badInput() {
    return SourceInput.of(
        "broken.xml",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n<item><title>A</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachItemIsADocumentWithTheFeedsMetadata() {
    CollectingSink sink = CollectingSink.read(new FeedSource(), fixtureInput("feed-rss.xml"));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(2);

    RawDocument first = sink.documents.get(0);
    assertThat(first.format()).isEqualTo(Format.HTML);
    assertThat(first.content())
        .startsWith("<p>Container traffic on the rail route")
        .contains("“Shippers want");
    assertThat(first.given())
        .isEqualTo(
            new GivenMetadata(
                null,
                "https://steppe-notes.example.org/2025/03/rail-freight-doubles",
                "Rail Freight Through the Caspian Corridor Doubles",
                List.of("Aigerim Sadykova"),
                "2025-03-11T21:40",
                "Steppe Notes"));
    assertThat(first.origin().recordId()).isEqualTo("steppe-notes-2025-0311");

    RawDocument second = sink.documents.get(1);
    assertThat(second.format()).isEqualTo(Format.TEXT);
    assertThat(second.content()).startsWith("Negotiators from three upstream");
    assertThat(second.given().authors()).containsExactly("Timur Bekov");
    assertThat(second.given().published()).isEqualTo("2025-03-08T09:05");
    assertThat(second.origin().recordId())
        .isEqualTo("https://steppe-notes.example.org/2025/03/water-talks");
  }

  @Test
  void invalidXmlNamesTheParsersCauseInOneLine() {
    CollectingSink sink = CollectingSink.read(new FeedSource(), badInput());
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .singleElement()
        .asString()
        .startsWith("broken.xml: invalid feed XML: ")
        .contains("item")
        .doesNotContain("\n");
  }

  @Test
  void anItemWithoutContentIsAnErrorForThatItemOnly() {
    String feed =
        "<rss version=\"2.0\"><channel><title>Desk</title>"
            + "<item><title>Empty one</title><link>https://x.example/1</link></item>"
            + "<item><title>Full</title><link>https://x.example/2</link><description>The vote passed.</description></item>"
            + "</channel></rss>";
    CollectingSink sink =
        CollectingSink.read(
            new FeedSource(), SourceInput.of("desk.xml", feed.getBytes(StandardCharsets.UTF_8)));
    assertThat(sink.errors).containsExactly("desk.xml#1: feed item without content");
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.content()).isEqualTo("The vote passed.");
              assertThat(d.given().site()).isEqualTo("Desk");
            });
  }

  @Test
  void externalEntitiesAreNeverLoaded(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String feed =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
            + "<description>before &x; after</description></item></channel></rss>";
    CollectingSink sink =
        CollectingSink.read(
            new FeedSource(), SourceInput.of("xxe.xml", feed.getBytes(StandardCharsets.UTF_8)));
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(
            d -> assertThat(d.content()).doesNotContain("TOP-SECRET-VALUE").contains("before"));
  }

  @Test
  void anOldRss091FeedWithItsDoctypeIsRead() {
    String feed =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
            + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel>"
            + "<title>Old Desk</title><link>https://old.example/</link><description>d</description>"
            + "<item><title>Mill reopens</title><link>https://old.example/mill</link>"
            + "<description>The paper mill reopened on Monday.</description></item></channel></rss>";
    SourceInput input = SourceInput.of("old.rss", feed.getBytes(StandardCharsets.UTF_8));
    assertThat(new FeedSource().accepts(input)).isTrue();
    CollectingSink sink = CollectingSink.read(new FeedSource(), input);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .singleElement()
        .satisfies(d -> assertThat(d.given().site()).isEqualTo("Old Desk"));
  }

  @Test
  void aFeedWithoutItemsIsAnError() {
    String feed = "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>";
    CollectingSink sink =
        CollectingSink.read(
            new FeedSource(), SourceInput.of("quiet.xml", feed.getBytes(StandardCharsets.UTF_8)));
    assertThat(sink.errors).containsExactly("quiet.xml: feed without items");
  }

  @Test
  void theSiteIsTheFeedTitleWithoutItsSection() {
    assertThat(FeedSource.siteName("Steppe Wire — Central Asia")).isEqualTo("Steppe Wire");
    assertThat(FeedSource.siteName("BBC News - World")).isEqualTo("BBC News");
    assertThat(FeedSource.siteName("Desk | Politics")).isEqualTo("Desk");
    assertThat(FeedSource.siteName("Radio Free-Europe")).isEqualTo("Radio Free-Europe");
    assertThat(FeedSource.siteName(null)).isNull();
  }
}
