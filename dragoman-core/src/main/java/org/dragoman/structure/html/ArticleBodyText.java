package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The text of a JSON-LD articleBody, which publishers fill with plain text or with HTML. */
public final class ArticleBodyText {
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&#?[a-zA-Z0-9]+;");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\n\\r\\u2028\\u2029]\\s*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final String BLOCKS = "p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, tr";
  private static final int UNESCAPE_PASSES = 3;

  private ArticleBodyText() {}

  /**
   * The text with any HTML markup and character references read as text, again while they remain
   * (some publishers escape their markup twice, "&amp;lt;p&amp;gt;"); null when blank. Paragraphs
   * (line breaks in plain text, block elements in markup) are separated by one line break; other
   * white space is one space.
   */
  public static String plain(String articleBody) {
    if (articleBody == null || articleBody.isBlank()) {
      return null;
    }
    String text = articleBody;
    for (int pass = 0; pass < UNESCAPE_PASSES && MARKUP.matcher(text).find(); pass++) {
      text = markupToText(text);
    }
    String joined = String.join("\n", paragraphs(text));
    return joined.isEmpty() ? null : joined;
  }

  /** The non-blank lines of a text, each with its white space made single spaces. */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : LINE_BREAKS.split(text)) {
      String p = SPACES.matcher(line).replaceAll(" ").strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static String markupToText(String html) {
    // In markup, line breaks in the source are spaces; only block elements end a paragraph.
    Document doc = Jsoup.parseBodyFragment(SPACES.matcher(html).replaceAll(" "));
    doc.body().select(BLOCKS).forEach(e -> e.after("\n"));
    StringBuilder out = new StringBuilder();
    for (String line : LINE_BREAKS.split(doc.body().wholeText())) {
      out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
    }
    return out.toString();
  }
}
