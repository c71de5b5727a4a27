package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WebAddressTest {
  private static final List<String> HREFS =
      List.of(
          "http://example.org/a/b?c=1#d",
          "https://example.org/../x/./y",
          "HTTPS://EXAMPLE.ORG/Path",
          "http:/no-host",
          "http://",
          "http://exa mple.org/ spaced",
          "ht\ttp://example.org/tab",
          "http://example.org/line\nbreak",
          "mailto:someone@http.example",
          "javascript:http()",
          "/local/http-path",
          "relative/page.html",
          "?q=http",
          "#http",
          "//example.org/protocol-relative",
          "");

  @Test
  void answersAsJsoupResolvesWithoutABase() {
    compare("");
  }

  @Test
  void answersAsJsoupResolvesAgainstABase() {
    compare("https://news.example/section/story.html");
  }

  @Test
  void aLinkWithoutAnAddressHasNone() {
    Element a = Jsoup.parse("<a>text</a>", "").selectFirst("a");
    assertThat(WebAddress.of(a)).isEmpty();
    Element b = Jsoup.parse("<a href='/x'>text</a>", "").selectFirst("a");
    assertThat(WebAddress.of(b)).isEmpty();
  }

  private static void compare(String base) {
    for (String href : HREFS) {
      Document doc = Jsoup.parse("<p><a>link</a></p>", base);
      Element a = doc.selectFirst("a");
      a.attr("href", href);
      String jsoup = a.absUrl("href");
      boolean web = jsoup.startsWith("http://") || jsoup.startsWith("https://");
      // without a base, only an href that names "http" as written is resolved
      boolean read = !base.isEmpty() || href.toLowerCase(Locale.ROOT).contains("http");
      String expected = web && read ? jsoup : "";
      assertThat(WebAddress.of(a)).as(href).isEqualTo(expected);
    }
    Element plain = Jsoup.parse("<a href='http://example.org/x'>x</a>", base).selectFirst("a");
    assertThat(WebAddress.of(plain)).isEqualTo("http://example.org/x");
  }
}
