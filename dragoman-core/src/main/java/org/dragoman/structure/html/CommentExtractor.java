package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dragoman.model.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds reader comments (a comments section and its items, in the markup that blog and news
 * software commonly writes), reads each one's author, time and text, and removes them all from the
 * document so that none of it reaches the body.
 */
public final class CommentExtractor {
  private static final Pattern AUTHOR =
      Pattern.compile(
          "(?<![a-z])(?:fn|comment-?author|comment-?author-?name|author|author-?name|username"
              + "|user-?name|commenter|comment-?user|comment-?name|nickname|nick)(?![a-z])");
  private static final Pattern META =
      Pattern.compile(
          "comment-?meta|commentmetadata|comment-?date|comment-?time|comment-?header|reply"
              + "|comment-?footer|comment-?actions|comment-?author|vcard|avatar|says|metadata"
              + "|(?<![a-z])meta(?![a-z])|(?<![a-z])date(?![a-z])|(?<![a-z])time(?![a-z])");
  private static final Pattern SAYS =
      Pattern.compile(
          "\\s*(?:says|sagt|schreibt|meint|dit|dice|zegt)\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

  /** The name inside a comment's author element, parsed once (jsoup does not cache queries). */
  private static final Evaluator NAME_INSIDE_AUTHOR =
      Selector.evaluatorOf(".fn, [itemprop=name], a");

  private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern SPACED_NEWLINE = Pattern.compile(" ?\n ?");
  private static final Pattern EXTRA_NEWLINES = Pattern.compile("\n{3,}");

  /** Finds, reads and removes the comments; returns them in page order. */
  List<Comment> extractAndRemove(Document doc, PageNames names) {
    List<Element> sections = new ArrayList<>();
    List<Element> looseItems = new ArrayList<>();
    collect(doc.body(), sections, looseItems, names);
    List<Comment> comments = new ArrayList<>();
    List<Element> toRemove = new ArrayList<>(sections);
    for (Element section : sections) {
      List<Element> items = new ArrayList<>();
      items(section, items, names);
      for (Element item : items) {
        Comment c = read(item, names);
        if (c != null) {
          comments.add(c);
        }
      }
    }
    List<Element> loose = new ArrayList<>();
    for (Element item : looseItems) {
      Comment c = read(item, names);
      if (c != null && c.published() != null) {
        loose.add(item);
        comments.add(c);
      }
    }
    if (loose.size() >= 1) {
      toRemove.addAll(loose);
    }
    for (Element e : toRemove) {
      e.remove();
    }
    return comments;
  }

  private static void collect(
      Element e, List<Element> sections, List<Element> looseItems, PageNames names) {
    if (e == null) {
      return;
    }
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      String tag = child.normalName();
      if (tag.equals("script") || tag.equals("style")) {
        continue;
      }
      if (names.commentSection(child) && !isHuge(child)) {
        sections.add(child);
        continue;
      }
      if (isBlock(tag) && names.commentItem(child) && hasAuthor(child, names)) {
        looseItems.add(child);
        continue;
      }
      collect(child, sections, looseItems, names);
    }
  }

  /** A comments section never holds an {@code <article>} body with a headline of its own. */
  private static boolean isHuge(Element e) {
    return e.normalName().equals("body") || e.normalName().equals("main");
  }

  private static boolean isBlock(String tag) {
    return switch (tag) {
      case "li", "article", "div", "section", "dl", "table" -> true;
      default -> false;
    };
  }

  private static void items(Element e, List<Element> out, PageNames names) {
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (isBlock(child.normalName()) && names.commentItem(child)) {
        out.add(child);
      }
      items(child, out, names);
    }
  }

  private static boolean hasAuthor(Element item, PageNames names) {
    return findAuthor(item, names) != null;
  }

  private static Element findAuthor(Element item, PageNames names) {
    return first(item, item, true, names);
  }

  /** The first author-like element inside the item but outside its nested replies. */
  private static Element first(Element root, Element e, boolean author, PageNames names) {
    for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (child != root && isNestedItem(child, names)) {
        continue;
      }
      String own = ClassPatterns.names(child);
      boolean match =
          author
              ? (!own.isEmpty()
                      && AUTHOR.matcher(own).find()
                      && !own.contains("avatar")
                      && !child.text().isBlank())
                  || child.normalName().equals("cite")
                  || Attr.get(child, "itemprop").equalsIgnoreCase("author")
              : child.normalName().equals("time");
      if (match) {
        if (author && child.text().length() > 80) {
          Element inner = first(root, child, true, names);
          return inner != null ? inner : null;
        }
        return child;
      }
      Element inner = first(root, child, author, names);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static boolean isNestedItem(Element e, PageNames names) {
    String tag = e.normalName();
    return (tag.equals("ol") || tag.equals("ul")) && Attr.className(e).contains("children")
        || isBlock(tag) && names.commentItem(e) && hasDirectText(e);
  }

  private static boolean hasDirectText(Element e) {
    return ChildElements.any(e);
  }

  private static Comment read(Element item, PageNames names) {
    Element authorEl = findAuthor(item, names);
    if (authorEl == null) {
      return null;
    }
    Element nameEl = authorEl;
    Element fn = authorEl.selectFirst(NAME_INSIDE_AUTHOR);
    if (fn != null && !fn.text().isBlank()) {
      nameEl = fn;
    }
    String author = SAYS.matcher(nameEl.text().strip()).replaceFirst("").strip();
    if (author.isEmpty() || author.length() > 80) {
      return null;
    }
    String published = null;
    Element time = first(item, item, false, names);
    if (time != null) {
      published = DateNormalizer.normalize(Attr.get(time, "datetime"));
      if (published == null) {
        published = DateNormalizer.normalize(time.text());
      }
    }
    StringBuilder text = new StringBuilder();
    List<String> metaTexts = new ArrayList<>();
    collectText(item, item, text, metaTexts, names);
    if (published == null) {
      for (String m : metaTexts) {
        published = DateNormalizer.normalize(m);
        if (published != null) {
          break;
        }
      }
    }
    String body =
        EXTRA_NEWLINES
            .matcher(
                SPACED_NEWLINE
                    .matcher(HORIZONTAL_SPACES.matcher(text.toString().strip()).replaceAll(" "))
                    .replaceAll("\n"))
            .replaceAll("\n\n");
    if (body.isEmpty()) {
      return null;
    }
    return new Comment(author, published, body);
  }

  /** The comment's own words: everything but author, meta lines, reply links and replies. */
  private static void collectText(
      Element root, Element e, StringBuilder out, List<String> metaTexts, PageNames names) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.text());
      } else if (n instanceof Element child) {
        String tag = child.normalName();
        if (tag.equals("script")
            || tag.equals("style")
            || tag.equals("form")
            || tag.equals("button")
            || tag.equals("noscript")) {
          continue;
        }
        if (child != root && isNestedItem(child, names)) {
          continue;
        }
        String own = ClassPatterns.names(child);
        if (tag.equals("cite")
            || tag.equals("time")
            || tag.equals("footer")
            || tag.equals("header")
            || !own.isEmpty() && (META.matcher(own).find() || AUTHOR.matcher(own).find())) {
          metaTexts.add(child.text());
          continue;
        }
        boolean block =
            switch (tag) {
              case "p", "div", "blockquote", "li", "br", "ul", "ol", "pre", "section" -> true;
              default -> false;
            };
        if (block) {
          out.append("\n\n");
        }
        collectText(root, child, out, metaTexts, names);
        if (block) {
          out.append("\n\n");
        }
      }
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
