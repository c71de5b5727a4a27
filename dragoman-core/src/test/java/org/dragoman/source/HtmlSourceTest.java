package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlSourceTest extends SourceContractTest {
  @Override
  protected Source source() {
    return new HtmlSource();
  }

  @Override
  protected String fixture() {
    return "page.html";
  }

  @Override
  protected String otherFormatFixture() {
    return "feed-rss.xml";
  }

  @Override
  protected SourceInput badInput() {
    return SourceInput.of(
        "blank.html",
        "<html><head><script>var x = 1;</script></head><body> </body></html>"
            .getBytes(StandardCharsets.UTF_8));
  }

  private static RawDocument readOne(SourceInput input) {
    CollectingSink sink = CollectingSink.read(new HtmlSource(), input);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(1);
    return sink.documents.get(0);
  }

  @Test
  void readsThePageAsHtml() {
    RawDocument d = readOne(fixtureInput("page.html"));
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.content())
        .contains(
            "<title>Ferry Link to Resume in May – The Coastal Ledger",
            "operator’s spokeswoman",
            "€2.3 million");
  }

  @Test
  void detectsHtmlFromContentWithoutAName() {
    assertThat(new HtmlSource().accepts(SourceInput.of("download", resource("page.html"))))
        .isTrue();
    byte[] fragment =
        "<div class=\"story\"><h2>Vote delayed</h2><p>The council postponed the vote.</p><p>Again.</p></div>"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(new HtmlSource().accepts(SourceInput.of("fragment", fragment))).isTrue();
  }

  @Test
  void doesNotTakePlainTextThatMentionsATagForHtml() {
    byte[] text =
        "We wrote <html> in the memo by mistake.\nThat is all.".getBytes(StandardCharsets.UTF_8);
    assertThat(new HtmlSource().accepts(SourceInput.of("memo.txt", text))).isFalse();
    assertThat(new HtmlSource().accepts(fixtureInput("article.txt"))).isFalse();
  }

  @Test
  void charsetFromMetaHttpEquiv() {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            + "<title>Caf\u00e9</title></head><body><p>\u201cIt\u2019s open,\u201d said Ren\u00e9.</p></body></html>";
    RawDocument d =
        readOne(SourceInput.of("cafe.html", page.getBytes(Charset.forName("windows-1252"))));
    assertThat(d.content()).contains("<title>Café</title>", "“It’s open,” said René.");
  }

  @Test
  void charsetDetectedWithoutDeclaration() {
    String page =
        "<html><body><p>Les cafés de la place ferment à minuit, a décidé la mairie. Élus et habitants ont débattu.</p></body></html>";
    RawDocument d =
        readOne(SourceInput.of("mairie.html", page.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(d.content()).contains("cafés", "à minuit", "Élus");
  }

  @Test
  void brokenHtmlIsStillRead() {
    byte[] broken =
        "<html><body><div><p>The minister <b>resigned</div></span><p>on Friday<table><td>unclosed"
            .getBytes(StandardCharsets.UTF_8);
    RawDocument d = readOne(SourceInput.of("broken.html", broken));
    assertThat(d.content()).contains("The minister");
  }

  @Test
  void pageWithoutTextIsAnError() {
    CollectingSink sink = CollectingSink.read(new HtmlSource(), badInput());
    assertThat(sink.errors).containsExactly("blank.html: HTML page without any text");
  }

  @Test
  void declaredUtf8ThatIsGarbageIsUndecodable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        "<html><head><meta charset=\"utf-8\"></head><body><p>".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 2000; i++) {
      out.write(0xff);
    }
    CollectingSink sink =
        CollectingSink.read(new HtmlSource(), SourceInput.of("junk.html", out.toByteArray()));
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors).singleElement().asString().startsWith("junk.html: undecodable text: ");
  }

  @Test
  void aBinaryFileNamedHtmlIsABinaryError() {
    CollectingSink sink =
        CollectingSink.read(
            new HtmlSource(), SourceInput.of("photo.html", TextSourceTest.PNG_BYTES));
    assertThat(sink.errors).containsExactly("photo.html: binary file (PNG image), not text");
  }
}
