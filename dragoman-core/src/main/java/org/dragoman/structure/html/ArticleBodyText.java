package org.dragoman.structure.html;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** The text of a JSON-LD articleBody, which publishers fill with plain text or with HTML. */
public final class ArticleBodyText {
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]|&#?[a-zA-Z0-9]+;");
  private static final int UNESCAPE_PASSES = 3;

  private ArticleBodyText() {}

  /**
   * The text with any HTML markup and character references read as text, again while they remain
   * (some publishers escape their markup twice, "&amp;lt;p&amp;gt;"); null when blank. Plain text
   * comes back as it is, line breaks kept.
   */
  public static String plain(String articleBody) {
    if (articleBody == null || articleBody.isBlank()) {
      return null;
    }
    String text = articleBody;
    for (int pass = 0; pass < UNESCAPE_PASSES && MARKUP.matcher(text).find(); pass++) {
      text = Jsoup.parseBodyFragment(text).body().text();
    }
    return text.isBlank() ? null : text.strip();
  }
}
