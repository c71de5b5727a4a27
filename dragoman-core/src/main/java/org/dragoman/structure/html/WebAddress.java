package org.dragoman.structure.html;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * The web address (http or https) a link points to, as jsoup's {@link Element#absUrl} resolves it.
 * On a page without a base address (read from a file) only a link whose href names "http" as
 * written has one; there it is read directly, where {@code absUrl} first fails to parse the empty
 * base (an exception a link) and strips control characters with a regular expression.
 */
final class WebAddress {
  private WebAddress() {}

  /** The link's absolute http or https address, or "" when it has none. */
  static String of(Element link) {
    String href = Attr.get(link, "href");
    if (!link.baseUri().isEmpty()) {
      return http(link.absUrl("href"));
    }
    if (!namesHttp(href)) {
      return "";
    }
    try {
      URL url = new URL(withoutControlCharacters(href));
      if (StringUtil.isHttpScheme(url.getProtocol()) && url.getHost().isEmpty()) {
        return "";
      }
      return http(url.toExternalForm());
    } catch (MalformedURLException notAnAddress) {
      return "";
    }
  }

  private static String http(String url) {
    return url.startsWith("http://") || url.startsWith("https://") ? url : "";
  }

  private static boolean namesHttp(String href) {
    for (int i = 0; i + 4 <= href.length(); i++) {
      if (href.regionMatches(true, i, "http", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** The text without ASCII control characters (U+0000 to U+001F), as jsoup strips them. */
  private static String withoutControlCharacters(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= ' ') {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= ' ') {
        b.append(s.charAt(k));
      }
    }
    return b.toString();
  }
}
