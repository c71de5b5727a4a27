package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the article elements as body text: one block per paragraph, heading, block quote line,
 * list item or preformatted section, links as spans, whitespace collapsed. Inside the article it
 * still leaves out link lists and boxes whose names or link density say they are not article text
 * (Readability's conditional cleaning). Lists and tables go only when links make most of them (a
 * table of ingredients or results links some of its cells); a box that holds a real paragraph and a
 * few hundred letters of prose stays however many links its sentences carry.
 */
public final class BodyWriter {
  /**
   * Letters of a paragraph that make a loosely named box (an "ad" section, a "widget") article text
   * after all, as for the cleaner.
   */
  private static final int PROSE = 120;

  /**
   * Letters outside links that, with a paragraph of {@link #PROSE} letters among them, make an
   * unnamed box article text even when links make up to 60 percent of it: a section of the story
   * whose sentences link to many sources, not a teaser box (those hold a short teaser or two).
   */
  private static final int PROSE_BOX = 400;

  /** Writes the given elements, which come from the page whose measures are {@code stats}. */
  BodyText write(List<Element> elements, NodeStats stats, PageNames names) {
    int total = 0;
    for (Element e : elements) {
      total += stats.of(e).text;
    }
    Run run = new Run(stats, Math.max(1, total), names);
    for (Element e : elements) {
      if (elements.size() > 1 && aBoxBeside(e, stats, total, names)) {
        continue;
      }
      run.element(e, kindOf(e.normalName(), BlockKind.PARAGRAPH), true);
      run.flush(BlockKind.PARAGRAPH);
    }
    return trimTail(run.out.toString(), run.blocks, run.links);
  }

  /**
   * Whether one of several article elements is a box surely named as furniture (an author box, a
   * related-links list) that the finder took in beside the text because it reads like prose.
   */
  private static boolean aBoxBeside(Element e, NodeStats stats, int total, PageNames names) {
    return names.boilerplate(e) && names.sureBoilerplate(e) && stats.of(e).text * 2 < total;
  }

  /**
   * Drops what trails an article once its prose ends: headings with nothing under them and short
   * lines that are no sentences ("About the author", "Read next", a lone name).
   */
  private static BodyText trimTail(String text, List<Block> blocks, List<Link> links) {
    int keep = blocks.size();
    while (keep > 1) {
      Block last = blocks.get(keep - 1);
      String t = text.substring(last.start(), last.end());
      boolean heading = last.kind() == BlockKind.HEADING;
      boolean stub =
          last.kind() != BlockKind.PREFORMATTED
              && t.length() < 50
              && !endsSentence(t)
              && linkedLetters(links, last) * 2 > t.length();
      if (!heading && !stub) {
        break;
      }
      keep--;
    }
    if (keep == blocks.size()) {
      return new BodyText(text, blocks, links);
    }
    int end = blocks.get(keep - 1).end();
    List<Link> kept = new ArrayList<>();
    for (Link l : links) {
      if (l.end() <= end) {
        kept.add(l);
      }
    }
    return new BodyText(text.substring(0, end), blocks.subList(0, keep), kept);
  }

  private static int linkedLetters(List<Link> links, Block b) {
    int n = 0;
    for (Link l : links) {
      if (l.start() >= b.start() && l.end() <= b.end()) {
        n += l.end() - l.start();
      }
    }
    return n;
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return SentenceMarks.closes(c) || c == ')' || c == '\u3002' || c == ':';
  }

  private static BlockKind kindOf(String tag, BlockKind inherited) {
    if (Tags.heading(tag)) {
      return BlockKind.HEADING;
    }
    return switch (tag) {
      case "blockquote" -> BlockKind.BLOCKQUOTE;
      case "li", "dd", "dt" -> inherited == BlockKind.BLOCKQUOTE ? inherited : BlockKind.LIST_ITEM;
      case "pre" -> BlockKind.PREFORMATTED;
      default -> inherited;
    };
  }

  /** The state of one writing run. */
  private static final class Run {
    final NodeStats stats;
    final int total;
    final StringBuilder out = new StringBuilder();
    final List<Block> blocks = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final StringBuilder buf = new StringBuilder();
    final List<Object[]> pending = new ArrayList<>();
    BlockKind bufKind = BlockKind.PARAGRAPH;
    int flushes;

    /**
     * Whether the block being flushed is a table cell's own text: a cell that is one link (a name
     * in a table of results) is data, not a teaser.
     */
    boolean cell;

    final PageNames names;

    Run(NodeStats stats, int total, PageNames names) {
      this.names = names;
      this.stats = stats;
      this.total = total;
    }

    void element(Element e, BlockKind kind, boolean root) {
      String tag = e.normalName();
      if (!root && skip(e, tag)) {
        return;
      }
      boolean block = Tags.BLOCK.contains(tag);
      if (tag.equals("br")) {
        newline(kind);
        return;
      }
      if (block) {
        flush(bufKind);
        bufKind = kind;
      } else if (tag.equals("td") || tag.equals("th")) {
        space();
      }
      int linkStart = buf.length();
      int flushesBefore = flushes;
      boolean pre = kind == BlockKind.PREFORMATTED;
      for (int i = 0, size = e.childNodeSize(); i < size; i++) {
        Node n = e.childNode(i);
        if (n instanceof TextNode t) {
          if (pre) {
            buf.append(t.getWholeText());
          } else {
            append(t.getWholeText());
          }
          if (bufKind != kind && buf.length() > 0) {
            bufKind = kind;
          }
        } else if (n instanceof Element child) {
          BlockKind childKind = kindOf(child.normalName(), kind);
          element(child, childKind, false);
          if (Tags.BLOCK.contains(child.normalName())) {
            bufKind = kind;
          }
        }
      }
      if (tag.equals("a") && flushes == flushesBefore && buf.length() > linkStart) {
        String url = WebAddress.of(e);
        if (!url.isEmpty()) {
          pending.add(new Object[] {linkStart, buf.length(), url});
        }
      }
      if (block) {
        cell = tag.equals("td") || tag.equals("th");
        flush(kind);
        cell = false;
      }
    }

    private boolean skip(Element e, String tag) {
      switch (tag) {
        case "ul",
            "ol",
            "div",
            "section",
            "table",
            "dl",
            "form",
            "aside",
            "header",
            "footer",
            "nav",
            "figure",
            "menu" -> {}
        default -> {
          return false;
        }
      }
      NodeStats.Stat s = stats.of(e);
      if (s.text > 0.75 * total) {
        return false;
      }
      boolean named = names.boilerplate(e);
      if (named && names.sureBoilerplate(e)) {
        return true;
      }
      if (s.text > 0.5 * total) {
        return false;
      }
      if (tag.equals("figure")) {
        return s.paragraphs == 0;
      }
      if (named) {
        return !(s.maxProse >= PROSE && s.linkDensity() < 0.3);
      }
      if (s.allCommas >= 10) {
        return false;
      }
      double ld = s.linkDensity();
      if (s.maxProse >= PROSE && s.text - s.link >= PROSE_BOX && ld < 0.6) {
        return false;
      }
      boolean rows =
          tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("table");
      if (rows) {
        return ld > 0.6;
      }
      int weight = names.weight(e);
      return weight < 25 && ld > 0.33 || weight >= 25 && ld > 0.5;
    }

    /** Appends the text with each run of white space collapsed to one space. */
    private void append(String text) {
      int length = text.length();
      int i = 0;
      while (i < length) {
        if (isSpace(text.charAt(i))) {
          space();
          i++;
          continue;
        }
        if (text.charAt(i) == '\u00ad') {
          i++; // a soft hyphen only marks where a word may break
          continue;
        }
        int end = i + 1;
        while (end < length && !isSpace(text.charAt(end)) && text.charAt(end) != '\u00ad') {
          end++;
        }
        buf.append(text, i, end);
        i = end;
      }
    }

    /** Checks ASCII first: its only white space lies at or below the space character. */
    private static boolean isSpace(char c) {
      if (c < 0x80) {
        return c <= ' ';
      }
      return c == '\u00a0' || Character.isWhitespace(c);
    }

    private void space() {
      int n = buf.length();
      if (n > 0 && buf.charAt(n - 1) != ' ' && buf.charAt(n - 1) != '\n') {
        buf.append(' ');
      }
    }

    private void newline(BlockKind kind) {
      int n = buf.length();
      if (n > 0 && buf.charAt(n - 1) == ' ') {
        buf.setLength(n - 1);
        n--;
      }
      if (n == 0) {
        return;
      }
      if (buf.charAt(n - 1) == '\n') {
        buf.setLength(n - 1);
        flush(kind);
        bufKind = kind;
      } else {
        buf.append('\n');
      }
    }

    /** Letters of the buffer between start and end that lie in pending links. */
    private int linked(int start, int end) {
      int n = 0;
      for (Object[] p : pending) {
        n += Math.max(0, Math.min(end, (Integer) p[1]) - Math.max(start, (Integer) p[0]));
      }
      return n;
    }

    void flush(BlockKind kind) {
      int start = 0;
      int end = buf.length();
      while (start < end && Character.isWhitespace(buf.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(buf.charAt(end - 1))) {
        end--;
      }
      String block = end > start ? buf.substring(start, end) : "";
      if (end > start
          && (!BoilerplateText.furniture(block) || SectionEnd.opens(block))
          && (cell || !LinkTeaser.is(kind, block, linked(start, end)))) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        int offset = out.length();
        out.append(block);
        blocks.add(new Block(kind == null ? BlockKind.PARAGRAPH : kind, offset, out.length()));
        for (Object[] p : pending) {
          int ls = Math.max(start, (Integer) p[0]);
          int le = Math.min(end, (Integer) p[1]);
          while (le > ls && Character.isWhitespace(buf.charAt(le - 1))) {
            le--;
          }
          while (ls < le && Character.isWhitespace(buf.charAt(ls))) {
            ls++;
          }
          if (le > ls) {
            links.add(new Link(offset + ls - start, offset + le - start, (String) p[2]));
          }
        }
      }
      buf.setLength(0);
      pending.clear();
      flushes++;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
