package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;

/**
 * The publisher's JSON-LD articleBody as the body of last resort. Some pages render the article
 * with JavaScript from data in a script, so their HTML holds only a caption, a standfirst or a
 * paywall notice where the article goes, while the JSON-LD article carries the whole text. When the
 * body found has less than a quarter of the words of an articleBody of at least {@value #MIN_WORDS}
 * words:
 *
 * <ul>
 *   <li>a body whose word 4-grams are mostly in the articleBody (a part of the article) gives way
 *       to the articleBody;
 *   <li>any other body (a caption, a teaser the articleBody does not repeat) is kept and the
 *       articleBody's paragraphs follow it.
 * </ul>
 *
 * A body of ordinary length is never touched, so a teaser-length articleBody (publishers often copy
 * the description there) changes nothing.
 */
final class ArticleBodyFallback {
  static final int MIN_WORDS = 150;
  private static final int THIN_RATIO = 4;
  private static final int GRAM = 4;
  private static final double PART_OF_ARTICLE = 0.5;

  private ArticleBodyFallback() {}

  /** The body, or the body completed or replaced by the articleBody (raw, may be null). */
  static BodyText apply(BodyText body, String rawArticleBody) {
    if (rawArticleBody == null
        || rawArticleBody.length() < THIN_RATIO * Math.max(1, body.text().length())) {
      return body;
    }
    String article = ArticleBodyText.plain(rawArticleBody);
    if (article == null) {
      return body;
    }
    List<String> articleWords = words(article);
    List<String> bodyWords = words(body.text());
    if (articleWords.size() < MIN_WORDS
        || articleWords.size() < THIN_RATIO * Math.max(1, bodyWords.size())) {
      return body;
    }
    List<String> paragraphs = ArticleBodyText.paragraphs(article);
    if (bodyWords.isEmpty() || shareIn(bodyWords, articleWords) >= PART_OF_ARTICLE) {
      return append(BodyText.EMPTY, paragraphs);
    }
    return append(body, paragraphs);
  }

  /** The share of {@code part}'s word 4-grams that {@code whole} has too. */
  private static double shareIn(List<String> part, List<String> whole) {
    Set<String> grams = new HashSet<>(grams(whole));
    List<String> own = grams(part);
    if (own.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String g : own) {
      if (grams.contains(g)) {
        found++;
      }
    }
    return (double) found / own.size();
  }

  private static List<String> grams(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + GRAM <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + GRAM)));
    }
    if (out.isEmpty() && !words.isEmpty()) {
      out.add(String.join(" ", words));
    }
    return out;
  }

  /** The words of a text: runs of letters and digits. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static BodyText append(BodyText body, List<String> paragraphs) {
    StringBuilder text = new StringBuilder(body.text());
    List<Block> blocks = new ArrayList<>(body.blocks());
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, text.length(), text.length() + p.length()));
      text.append(p);
    }
    return new BodyText(text.toString(), blocks, body.links());
  }
}
