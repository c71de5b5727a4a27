package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A box that holds a picture and a short text beside it in boxes of its own: the picture's caption
 * and credit, set in {@code div}s rather than in a {@code figure} ("{@code <div
 * class="img"><a><img> </a><div>The island at dawn.</div><div>Photograph by Jane
 * Roe</div></div>}"). The box goes whole. A paragraph, list item or cell with a picture in it is
 * text with an illustration, and a box with words of its own beside the picture (an emoji in a
 * line) is a line of text: both stay.
 */
final class PictureBoxes {
  /** The longest text a picture's box may hold and still be its caption. */
  static final int MAX_TEXT = 250;

  /** How many textless wrappers above the picture are looked through for its box. */
  private static final int MAX_DEPTH = 4;

  /** Words of a picture's credit, in the languages of the web's news. */
  private static final List<String> CREDIT_WORDS =
      List.of(
          "\u00a9",
          "photo",
          "foto",
          "bild",
          "credit",
          "image",
          "getty",
          "picture",
          "reuters",
          "afp",
          "dpa",
          "imago",
          "shutterstock",
          "istock",
          "archiv");

  /** A heading or a list item: a box holding one is a teaser or a list, not a caption. */
  private static final Evaluator HEADING_OR_ITEM = QueryParser.parse("h1,h2,h3,h4,h5,h6,li");

  private PictureBoxes() {}

  /**
   * The caption boxes of the given pictures ({@code img} and {@code picture} elements), each once,
   * to be removed with the page's other non-text elements.
   */
  static List<Element> boxes(List<Element> pictures) {
    List<Element> out = new ArrayList<>();
    Map<Element, Boolean> texts = new IdentityHashMap<>();
    Element last = null;
    for (Element picture : pictures) {
      Element box = boxOf(picture, texts);
      if (box != null && box != last) {
        out.add(box);
        last = box;
      }
    }
    return out;
  }

  /**
   * The caption box around {@code picture}, or null when it sits in text; {@code texts} remembers
   * which elements hold text, for the pictures of one gallery share their textless wrappers.
   */
  private static Element boxOf(Element picture, Map<Element, Boolean> texts) {
    Element branch = picture;
    Element box = picture.parent();
    for (int depth = 0; box != null && depth < MAX_DEPTH; depth++) {
      if (!texts.computeIfAbsent(box, Element::hasText)) {
        branch = box;
        box = box.parent();
        continue;
      }
      return captionBox(box, branch, texts) ? box : null;
    }
    return null;
  }

  private static boolean captionBox(Element box, Element branch, Map<Element, Boolean> texts) {
    switch (box.normalName()) {
      case "div", "figure", "span", "a", "section" -> {}
      default -> {
        return false;
      }
    }
    if (texts.computeIfAbsent(branch, Element::hasText)) {
      return false;
    }
    for (Node n : box.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return false;
      }
    }
    StringBuilder raw = new StringBuilder();
    if (!collect(box, raw)) {
      return false;
    }
    // a credit word holds no white space, so the raw text names a credit when the spaced one does
    if (!credits(raw)) {
      return false;
    }
    String text = WhiteSpace.singleSpaced(raw.toString()).strip();
    return text.length() <= MAX_TEXT && box.selectFirst(HEADING_OR_ITEM) == null;
  }

  /**
   * Appends the text under {@code e} to {@code out}; false as soon as it runs long (over four times
   * {@link #MAX_TEXT} characters with its white space), so a picture set straight in a long article
   * costs no more than its caption.
   */
  private static boolean collect(Element e, StringBuilder out) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.getWholeText()).append(' ');
      } else if (n instanceof Element child && !collect(child, out)) {
        return false;
      }
      if (out.length() > 4 * MAX_TEXT) {
        return false;
      }
    }
    return true;
  }

  /** Whether a box's text names a picture's source: a credit word or the copyright sign. */
  static boolean credits(CharSequence text) {
    String t = text.toString().toLowerCase(Locale.ROOT);
    for (String word : CREDIT_WORDS) {
      if (t.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
