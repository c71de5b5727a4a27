package org.dragoman.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.RawDocument;

/**
 * Reads an HTML page as one document. Recognized by its content (doctype, {@code <html>}, {@code
 * <head>}, {@code <body>}, or markup made mostly of HTML tags) or by an .html/.htm name. The
 * charset comes from the byte order mark, then a {@code <meta>} declaration in the first 4 KB, then
 * detection. Broken markup is kept as it is: the structure stage parses it leniently.
 */
public final class HtmlSource implements Source {
  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_MARKER =
      Pattern.compile(
          "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(p|div|span|a|br|hr|h[1-6]|ul|ol|li|table|tr|td|article|section|header|footer|nav|main"
              + "|title|meta|link|script|style|img|em|strong|b|i|blockquote|figure|form|time)[\\s/>]",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean accepts(SourceInput input) {
    byte[] head = input.head();
    if (BinarySniffer.knownKind(head).isPresent()) {
      return false;
    }
    return looksLikeHtml(head) || EXTENSIONS.contains(input.extension());
  }

  /** Whether these leading bytes are an HTML page or fragment (not only a mention of a tag). */
  static boolean looksLikeHtml(byte[] head) {
    String text = HeadText.of(head);
    boolean xmlDeclaration = text.stripLeading().startsWith("<?xml");
    String start = HeadText.afterProlog(text, false);
    if (!start.startsWith("<")) {
      return false;
    }
    String window = start.substring(0, Math.min(start.length(), 4096));
    if (PAGE_MARKER.matcher(window).find()) {
      return true;
    }
    int tags = 0;
    Matcher m = HTML_TAG.matcher(window);
    while (m.find() && tags < 3) {
      tags++;
    }
    // other XML (feeds, sitemaps) shares tag names like title and link
    return tags >= 3 && !xmlDeclaration;
  }

  @Override
  public void read(SourceInput input, DocumentSink sink) throws SourceException {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      throw new SourceException("empty file");
    }
    sink.document(document(bytes, null, Origin.ofPath(input.location()), GivenMetadata.NONE));
  }

  /**
   * An HTML document from its bytes.
   *
   * @param httpCharset the charset an HTTP header declared, or null; it wins over the page's own
   * @throws SourceException for binary data, undecodable text, or a page without any text
   */
  static RawDocument document(byte[] bytes, String httpCharset, Origin origin, GivenMetadata given)
      throws SourceException {
    String declared =
        TextDecoder.supported(httpCharset).isPresent() ? httpCharset : metaCharset(bytes);
    String html = TextDecoder.decode(bytes, declared).text();
    if (!hasVisibleText(html)) {
      throw new SourceException("HTML page without any text");
    }
    return new RawDocument(origin, Format.HTML, html, given);
  }

  /**
   * Whether any character outside tags, comments, scripts and styles is not white space (a quick
   * scan; the structure stage parses the page properly).
   */
  static boolean hasVisibleText(String html) {
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int end;
        if (html.startsWith("<!--", i)) {
          end = html.indexOf("-->", i + 4);
          end = end < 0 ? n : end + 3;
        } else if (startsWithTag(html, i, "script") || startsWithTag(html, i, "style")) {
          String tag = startsWithTag(html, i, "script") ? "</script" : "</style";
          int close = indexOfIgnoreCase(html, tag, i + 1);
          end = close < 0 ? n : html.indexOf('>', close) < 0 ? n : html.indexOf('>', close) + 1;
        } else if (i + 1 < n
            && (Character.isLetter(html.charAt(i + 1)) || "/!?".indexOf(html.charAt(i + 1)) >= 0)) {
          end = html.indexOf('>', i);
          end = end < 0 ? n : end + 1;
        } else {
          return true; // a lone "<" is text
        }
        i = end;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithTag(String html, int i, String name) {
    int after = i + 1 + name.length();
    return html.regionMatches(true, i + 1, name, 0, name.length())
        && (after >= html.length() || !Character.isLetterOrDigit(html.charAt(after)));
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = from; i <= s.length() - needle.length(); i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** The charset a {@code <meta>} element declares in the first 4 KB, or null. */
  static String metaCharset(byte[] bytes) {
    String head =
        new String(
            Arrays.copyOf(bytes, Math.min(bytes.length, META_SCAN_BYTES)),
            StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
