package org.dragoman.structure.html;

import java.util.List;
import java.util.Locale;
import org.dragoman.lexicon.LexiconFile;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A date the page labels as its publication date in its text ("Erschienen am: 01.11.2023", "Mise en
 * ligne" above "23 mai 2019"), outside scripts, navigation and reader comments; the labels are in
 * {@code published-labels.txt}.
 */
final class LabelledDates {
  private static final List<String> LABELS =
      LexiconFile.texts(LabelledDates.class, "published-labels.txt");

  /** Text nodes read at most, so that a long page costs no more than a short one. */
  private static final int BUDGET = 3000;

  /** The longest text read for a label: labels open short lines of page details, not prose. */
  private static final int MAX_LINE = 160;

  /** Characters after a label that a date may follow in. */
  private static final int REACH = 60;

  /**
   * The labelled date and its label.
   *
   * @param date the normalized date
   * @param label the label as the lexicon writes it
   */
  record Found(String date, String label) {}

  private LabelledDates() {}

  /** The first labelled publication date under {@code root}, or null. */
  static Found find(Element root, PageNames names) {
    if (root == null) {
      return null;
    }
    Walk walk = new Walk(names);
    walk.visit(root);
    return walk.found;
  }

  /**
   * Whether some label may occur in the text once lower-cased: one of them matches it there, case
   * ignored, char by char. A label the lower-cased text holds is so matched where it came from,
   * since lower-casing maps a char to one char except "İ", which becomes an "i" and a combining dot
   * that no label holds; most lines hold none, and need not be lower-cased and searched for each
   * label in turn.
   */
  private static boolean mayHoldLabel(String text) {
    for (int i = 0, n = text.length() - 1; i < n; i++) {
      char c = lower(text.charAt(i));
      String[] group = c < BY_INITIAL.length ? BY_INITIAL[c] : null;
      if (group != null) {
        char next = lower(text.charAt(i + 1));
        for (String label : group) {
          if (label.charAt(1) == next && text.regionMatches(true, i, label, 0, label.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@link Character#toLowerCase(char)}, ASCII first. */
  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c < 0x80 ? c : Character.toLowerCase(c);
  }

  /**
   * The length of the shortest label: a shorter line holds none, as lower-casing lengthens a text
   * only by the combining dot of an "İ", which no label holds.
   */
  private static final int SHORTEST =
      LABELS.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);

  /** The labels by their first letter (all ASCII), in lexicon order. */
  private static final String[][] BY_INITIAL = byInitial();

  private static String[][] byInitial() {
    String[][] out = new String[128][];
    for (String label : LABELS) {
      char c = label.charAt(0);
      if (c >= out.length || label.length() < 2) {
        throw new IllegalStateException(
            "a label opens with a letter beyond ASCII or is one letter: " + label);
      }
      String[] group = out[c] == null ? new String[0] : out[c];
      group = java.util.Arrays.copyOf(group, group.length + 1);
      group[group.length - 1] = label;
      out[c] = group;
    }
    return out;
  }

  /** One walk over the text nodes in document order; a label waits for the next text. */
  private static final class Walk {
    private final PageNames names;
    private int budget = BUDGET;
    private String pendingLabel;
    private int pendingLeft;
    private Found found;

    Walk(PageNames names) {
      this.names = names;
    }

    void visit(Element e) {
      for (int i = 0, size = e.childNodeSize(); i < size && found == null && budget > 0; i++) {
        Node n = e.childNode(i);
        if (n instanceof TextNode t) {
          read(t);
        } else if (n instanceof Element child && !skipped(child)) {
          visit(child);
        }
      }
    }

    private boolean skipped(Element e) {
      String tag = e.normalName();
      return tag.equals("script")
          || tag.equals("style")
          || tag.equals("nav")
          || tag.equals("select")
          || tag.equals("noscript")
          || names.commentSection(e)
          || names.commentItem(e);
    }

    private void read(TextNode t) {
      if (t.isBlank()) {
        return; // the spacing between elements: text() would give "" and cost a copy
      }
      if (pendingLabel == null && SolidText.longerThan(t.getWholeText(), MAX_LINE)) {
        budget--; // a paragraph, no label's line: no need to normalise it
        return;
      }
      String text = ShownText.of(t).strip();
      if (text.isEmpty()) {
        return;
      }
      budget--;
      if (pendingLabel != null) {
        String d = text.length() <= REACH ? DateNormalizer.normalize(text) : null;
        if (d != null) {
          found = new Found(d, pendingLabel);
          return;
        }
        pendingLeft -= text.length();
        if (pendingLeft <= 0) {
          pendingLabel = null;
        }
      }
      if (text.length() > MAX_LINE || text.length() < SHORTEST || !mayHoldLabel(text)) {
        return;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      for (String label : LABELS) {
        int at = lower.indexOf(label);
        if (at < 0 || at > 0 && Character.isLetter(lower.charAt(at - 1))) {
          continue;
        }
        int end = at + label.length();
        String rest = lower.substring(end, Math.min(lower.length(), end + REACH));
        String d = DateNormalizer.normalize(rest);
        if (d != null) {
          found = new Found(d, label);
          return;
        }
        if (lower.length() - end < 4) { // the label ends its text: the date comes next
          pendingLabel = label;
          pendingLeft = REACH;
        }
        return;
      }
    }
  }
}
