package org.dragoman.structure.html;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Groups of HTML tag names by how they lay out text. */
final class Tags {
  /** Elements that start a new line of text: their content is never part of a paragraph around. */
  static final Set<String> BLOCK =
      fast(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "noscript",
          "legend",
          "option",
          "select");

  /** Elements that never hold readable text. */
  static final Set<String> DROP =
      fast(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "link",
          "meta",
          "dialog",
          "map",
          "audio",
          "video",
          "source",
          "track",
          "picture",
          "img",
          "head",
          "title",
          "frameset",
          "frame",
          "applet",
          "math",
          "datalist",
          "output",
          "progress",
          "meter",
          // the reading aid over East Asian characters (ruby text), not the text itself
          "rt",
          "rp");

  /** Semantic elements for the parts around an article. */
  static final Set<String> AROUND = fast("nav", "aside", "footer", "header", "form", "menu");

  private Tags() {}

  /**
   * An unmodifiable hash set: tag names are looked up for every element of every page, and a
   * HashSet finds a name with a cheaper hash step than {@code Set.of}.
   */
  private static Set<String> fast(String... tags) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(tags)));
  }

  static boolean heading(String tag) {
    return tag.length() == 2
        && tag.charAt(0) == 'h'
        && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }
}
