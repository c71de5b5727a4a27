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
 * paywall notice where the article goes, while the JSON-LD article carries the whole text; on
 * others the body found is the wrong part of the page (a list of other stories, the comments). It
 * is used only when the articleBody has at least {@value #MIN_WORDS} words and either the body
 * found has less than a quarter of its words (a thin body) or the body holds less than a fifth of
 * the articleBody's word 4-grams (another text):
 *
 * <ul>
 *   <li>a thin body whose word 4-grams are mostly in the articleBody (a part of the article) gives
 *       way to the articleBody;
 *   <li>any other body (a caption, a teaser the articleBody does not repeat, another text) is kept
 *       and the articleBody's paragraphs follow it, so that nothing is lost when the articleBody is
 *       the one that is wrong.
 * </ul>
 *
 * A body that holds the articleBody's text is never touched, so a teaser-length or truncated
 * articleBody changes nothing. Pages without a JSON-LD articleBody cost nothing.
 */
final class ArticleBodyFallback {
  static final int MIN_WORDS = 150;
  private static final int THIN_RATIO = 4;
  private static final int GRAM = 4;
  private static final double PART_OF_ARTICLE = 0.5;
  private static final double ARTICLE_FOUND = 0.2;

  private ArticleBodyFallback() {}

  /** The body, or the body completed or replaced by the articleBody (raw, may be null). */
  static BodyText apply(BodyText body, String rawArticleBody) {
    if (rawArticleBody == null || rawArticleBody.length() < MIN_WORDS * 2) {
      return body;
    }
    String article = ArticleBodyText.plain(rawArticleBody);
    if (article == null) {
      return body;
    }
    List<String> articleWords = words(article);
    if (articleWords.size() < MIN_WORDS) {
      return body;
    }
    List<String> bodyWords = words(body.text());
    boolean thin = articleWords.size() >= THIN_RATIO * Math.max(1, bodyWords.size());
    if (!thin && shareIn(articleWords, bodyWords) >= ARTICLE_FOUND) {
      return body;
    }
    List<String> paragraphs = ArticleBodyText.paragraphs(article);
    if (thin && (bodyWords.isEmpty() || shareIn(bodyWords, articleWords) >= PART_OF_ARTICLE)) {
      return append(BodyText.EMPTY, paragraphs);
    }
    return append(body, paragraphs);
  }

  /** The share of {@code part}'s word 4-grams that {@code whole} has too. */
  private static double shareIn(List<String> part, List<String> whole) {
    Set<List<String>> grams = new HashSet<>(grams(whole));
    List<List<String>> own = grams(part);
    if (own.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (List<String> g : own) {
      if (grams.contains(g)) {
        found++;
      }
    }
    return (double) found / own.size();
  }

  /**
   * The word 4-grams, or all the words as one gram when there are fewer: views of the word list
   * (words hold no space, so these compare as the joined strings would, without a copy).
   */
  private static List<List<String>> grams(List<String> words) {
    List<List<String>> out = new ArrayList<>(Math.max(1, words.size() - GRAM + 1));
    for (int i = 0; i + GRAM <= words.size(); i++) {
      out.add(words.subList(i, i + GRAM));
    }
    if (out.isEmpty() && !words.isEmpty()) {
      out.add(words);
    }
    return out;
  }

  /** The words of a text: runs of letters and digits. */
  static List<String> words(String text) {
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
