package org.dragoman.structure.html;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a byline written as a short line of page text with no markup to name it ("By Ana Li", "Von
 * Ana Li, dpa", "Text: Ana Li", "Written by: Ana Li"), looking at the first few hundred text nodes
 * of the page outside navigation, furniture and reader comments.
 */
final class BylineLine {
  private static final Pattern START =
      Pattern.compile(
          "^(?iu)(?:by|von|par|por|door|text(?:\\s+(?:von|by|und\\s+\\p{L}+\\s+von))?"
              + "|autor(?:in|en|innen)?|authors?|auteurs?(?:\\(s\\))?|written\\s+by"
              + "|geschrieben\\s+von|verfasst\\s+von|verfasser(?:in)?|redaktion(?=\\s*:))"
              + "(?:\\s*:\\s*|\\s+|$)");

  /** Marks before a byline that are no part of it ("| By Ana Li", "---- by Ana Li"). */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\p{Pd}|•·*\\s\\u00a0]+");

  private static final Pattern NAME =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:von|van|de|der|da|di|du|la|le)?\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}");
  private static final int BUDGET = 300;

  /** The first letters of the labels {@link #START} knows, lower case. */
  private static final String LABEL_INITIALS = "abdgprtvw";

  /**
   * A numeric date, maybe a time, a separator and a person's name of two or three capitalized words
   * (an initial and a name particle allowed), as the whole line.
   */
  private static final Pattern DATE_START =
      Pattern.compile("\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}");

  private static final Pattern DATED_NAME =
      Pattern.compile(
          "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"
              + "(?:\\s*[|,–-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:Uhr|h))?)?"
              + "\\s*[|–—·-]\\s*"
              + "(\\p{Lu}\\p{L}+(?:['’-]\\p{L}+)*(?:\\s+\\p{Lu}\\.)?"
              + "(?:\\s+(?:von|van|de|di|da|du|zu))?(?:\\s+\\p{Lu}\\p{L}+(?:['’-]\\p{L}+)*){1,2})");

  /** A line opening with a bare preposition ("by", "von", "par"...), not a label ("Autor:"). */
  private static final Pattern PREPOSITION =
      Pattern.compile("^(?iu)(?:by|von|par|por|door)\\s+(?!\\s*:)");

  /**
   * A lower-case word after a name that is no connector and no word before a date ("am", "on"): the
   * sentence runs on.
   */
  private static final Pattern RUNS_ON =
      Pattern.compile("^\\s+(?!(?:und|and|et|y|en|e|og|och|am|on|at|um|le|el|il)(?:\\s|$))\\p{Ll}");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[|•·–—-]|\\d)");

  private BylineLine() {}

  /** The text of the first byline line, or null. */
  static String find(Element body, PageNames names) {
    return find(body, names, null, line -> true);
  }

  /**
   * The text of the first byline line that {@code accepted} takes (one that names a person, not the
   * site), or null.
   *
   * @param holders the page's elements that hold its headline, article or main part; null to find
   *     them under {@code body}
   */
  static String find(
      Element body, PageNames names, HeadlineHolders holders, Predicate<String> accepted) {
    if (body == null) {
      return null;
    }
    int[] budget = {BUDGET};
    return find(
        body, names, holders != null ? holders : HeadlineHolders.under(body), budget, accepted);
  }

  private static String find(
      Element e,
      PageNames names,
      HeadlineHolders holders,
      int[] budget,
      Predicate<String> accepted) {
    for (int i = 0, size = e.childNodeSize(); i < size; i++) { // childNodes() would copy the list
      Node n = e.childNode(i);
      if (budget[0] <= 0) {
        return null;
      }
      if (n instanceof TextNode t) {
        if (t.isBlank()) {
          continue;
        }
        budget[0]--;
        String line = byline(t, e);
        if (line != null && accepted.test(line)) {
          return line;
        }
      } else if (n instanceof Element child) {
        if (skipped(child, names, holders)) {
          continue;
        }
        String found = find(child, names, holders, budget, accepted);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String byline(TextNode t, Element parent) {
    if (!mayOpenByline(t.getWholeText())) {
      return null;
    }
    if (SolidText.longerThan(t.getWholeText(), 100)) {
      return null; // a paragraph: no need to normalise it to see that it is too long
    }
    String text = withoutLeadingMarks(ShownText.of(t)).strip();
    if (text.length() > 100 || text.length() < 2) {
      return null;
    }
    Matcher m = mayOpenLabel(text) ? START.matcher(text) : null;
    if (m == null || !m.find()) {
      String name = datedName(text);
      return name == null || inDatedList(parent) ? null : name;
    }
    String rest = text.substring(m.end()).strip();
    boolean labelAlone = rest.isEmpty(); // "By" in its own node, the name in the next
    if (rest.isEmpty()) {
      rest = following(t);
      if (rest.isEmpty()
          && LEADING_MARKS.matcher(parent.text()).replaceFirst("").strip().equals(text)) {
        rest = following(parent);
      }
      if (!rest.isEmpty()) {
        text = text + " " + rest;
      }
    }
    if (rest.isEmpty()) {
      String whole = LEADING_MARKS.matcher(parent.text()).replaceFirst("").strip();
      if (whole.length() > 100) {
        return null;
      }
      var again = START.matcher(whole);
      if (!again.find()) {
        return null;
      }
      rest = whole.substring(again.end()).strip();
      text = whole;
    }
    var name = NAME.matcher(rest);
    if (!name.find()) {
      return null;
    }
    return PREPOSITION.matcher(text).lookingAt()
            && (!nameAfterPreposition(rest, name.end()) || !(labelAlone || opensLine(t)))
        ? null
        : text;
  }

  /**
   * Whether {@link #START} may match a text (of two chars or more): it opens with the first two
   * letters of one of its labels in either case, or with a char beyond ASCII, which the expression
   * itself decides on.
   */
  private static boolean mayOpenLabel(String text) {
    char a = text.charAt(0);
    char b = text.charAt(1);
    if (a >= 0x80 || b >= 0x80) {
      return true;
    }
    if (!Character.isLetter(a) || !Character.isLetter(b)) {
      return false;
    }
    char x = (char) (a | 0x20);
    char y = (char) (b | 0x20);
    for (int i = 0; i + 1 < LABEL_OPENINGS.length(); i += 3) {
      if (LABEL_OPENINGS.charAt(i) == x && LABEL_OPENINGS.charAt(i + 1) == y) {
        return true;
      }
    }
    return false;
  }

  /** The first two letters of each label {@link #START} knows, lower case, bar-separated. */
  private static final String LABEL_OPENINGS = "by|vo|pa|po|do|te|au|wr|ge|ve|re";

  /**
   * The text without the marks {@link #LEADING_MARKS} reads at its start; the text itself, with no
   * matcher made, when its first char is none of them (most lines).
   */
  private static String withoutLeadingMarks(String text) {
    if (text.isEmpty() || !leadingMark(text.charAt(0))) {
      return text;
    }
    return LEADING_MARKS.matcher(text).replaceFirst("");
  }

  /** Whether {@link #LEADING_MARKS} takes the char: a dash, a bar, a bullet, a star or a space. */
  private static boolean leadingMark(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '|', '•', '·', '*' -> {
        return true;
      }
      default -> {
        return Character.getType(c) == Character.DASH_PUNCTUATION
            || Character.isSurrogate(c); // a dash beyond the BMP: the expression decides
      }
    }
  }

  /**
   * Whether the text's first letter or digit may open a byline: a digit (a dated name) or the first
   * letter of a byline label ("by", "von", "Autor"...), any letter beyond ASCII too. Marks, white
   * space and invisible characters before it are what normalising and trimming drop, and a line
   * that opens with anything else is no byline, so a text node that fails this need not be
   * normalised.
   */
  private static boolean mayOpenByline(String raw) {
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c >= 0x80 || c <= '9' || LABEL_INITIALS.indexOf(c | 0x20) >= 0;
      }
    }
    return false;
  }

  /**
   * Whether a text node opens a line: nothing but blank text before it in its block, up to a line
   * break or a block, also through the inline elements it opens ("<em>von Ana Li</em>"); "<a>the
   * homepage</a> von X" does not.
   */
  private static boolean opensLine(TextNode text) {
    if (LEADING_MARKS.matcher(text.getWholeText()).lookingAt()
        && !text.getWholeText().isBlank()
        && !Character.isWhitespace(text.getWholeText().codePointAt(0))) {
      return true; // "| von Ana Li": a mark sets the byline apart
    }
    Node node = text;
    for (int depth = 0; node != null && depth < 4; depth++) {
      Node before = node.previousSibling();
      while (before instanceof TextNode bt && bt.isBlank()
          || before instanceof Element be && blankInline(be)) {
        before = before.previousSibling();
      }
      if (before instanceof Element be) {
        return be.normalName().equals("br") || be.isBlock();
      }
      if (before != null) {
        return false;
      }
      Node parent = node.parentNode();
      if (!(parent instanceof Element pe) || pe.isBlock()) {
        return true;
      }
      node = parent;
    }
    return true;
  }

  /**
   * The name of a line that is only a date, maybe a time, and a person's name ("11.12.2019 - Ana
   * Li", "04.02.2022 | 13:10 Uhr | Ana Li"), or null.
   */
  private static String datedName(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return null;
    }
    var m = DATED_NAME.matcher(text);
    return m.matches() ? m.group(1) : null;
  }

  /**
   * Whether an element named like boilerplate is a page layout ("layoutTwoColumnsRightSidebar") or
   * holds the headline or the article ("main-content has-double-sidebar"), and so is no
   * boilerplate.
   */
  private static boolean holdsHeadline(Element e, HeadlineHolders holders) {
    if (holders.holds(e)) {
      return true;
    }
    String c = Attr.className(e).toLowerCase(java.util.Locale.ROOT);
    return c.contains("layout") || c.contains("column");
  }

  /**
   * Whether the line's block sits among blocks that open with a date too: a list of events or posts
   * ("17.11.2022 - Buntspecht"), not a byline.
   */
  private static boolean inDatedList(Element parent) {
    Element block = parent;
    while (block != null && !block.isBlock()) {
      block = block.parent();
    }
    if (block == null) {
      return false;
    }
    for (Element sibling :
        new Element[] {block.previousElementSibling(), block.nextElementSibling()}) {
      if (sibling != null) {
        String t = LEADING_MARKS.matcher(sibling.text()).replaceFirst("");
        if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && DATE_START.matcher(t).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** An inline element that shows no text (an icon, an image), passed over like white space. */
  private static boolean blankInline(Element e) {
    return !e.isBlock() && !e.normalName().equals("br") && !e.hasText();
  }

  /**
   * Whether the words after a bare "by" or "von" read as a name, not as the rest of a sentence
   * ("von Lebensmitteln durch Dritte", "von Künstlern, Bands, DJs,"): a name of two or more words,
   * or one word alone on its line or before a separator or a date ("von Olga | 6.11.2023"), and no
   * lower-case word running on after it.
   */
  private static boolean nameAfterPreposition(String rest, int nameEnd) {
    String after = rest.substring(nameEnd);
    if (rest.endsWith(",") || RUNS_ON.matcher(after).lookingAt()) {
      return false;
    }
    return SPACES.matcher(rest.substring(0, nameEnd).strip()).find()
        || after.isBlank()
        || SEPARATOR.matcher(after).lookingAt();
  }

  /**
   * The text right after a label ("Autor:" then "Ana Li" as the next node, or after line breaks):
   * the following inline siblings up to the next line break or block, or "" when there are none.
   */
  private static String following(Node label) {
    StringBuilder b = new StringBuilder();
    int steps = 0;
    for (Node n = label.nextSibling(); n != null && steps < 8; n = n.nextSibling(), steps++) {
      if (n instanceof TextNode t) {
        b.append(ShownText.of(t));
      } else if (n instanceof Element e) {
        if (e.normalName().equals("br")) {
          if (b.toString().isBlank()) {
            continue;
          }
          break;
        }
        if (e.isBlock() && !b.toString().isBlank()) {
          break;
        }
        b.append(' ').append(e.text());
        if (e.isBlock()) {
          break;
        }
      }
      if (b.length() > 80) {
        return "";
      }
    }
    return b.toString().strip();
  }

  private static boolean skipped(Element e, PageNames names, HeadlineHolders holders) {
    switch (e.normalName()) {
      case "script",
          "style",
          "nav",
          "aside",
          "select",
          "option",
          "button",
          "form",
          "noscript",
          "svg",
          "h1",
          "h2",
          "h3",
          "figcaption",
          "blockquote" -> {
        return true;
      }
      case "footer" -> {
        for (Element p = e.parent(); p != null; p = p.parent()) {
          if (p.normalName().equals("article")) {
            return false; // an article's own footer
          }
        }
        return true;
      }
      default -> {}
    }
    return names.commentSection(e)
        || names.commentItem(e)
        || names.sureBoilerplate(e) && !names.bodyHint(e) && !holdsHeadline(e, holders)
        || BylineNames.furniture(Attr.className(e));
  }
}
