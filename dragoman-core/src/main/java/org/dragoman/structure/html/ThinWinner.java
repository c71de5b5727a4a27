package org.dragoman.structure.html;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The fallback for a winner that holds too little of the page: product, recipe and event pages and
 * pages of short boxes have no one long run of paragraphs, and scoring then picks one small box.
 * When the winner holds under a fifth of the page's prose and under {@value #THIN} letters, its
 * nearest ancestor that holds half the prose, mostly outside links, is the body instead.
 */
final class ThinWinner {
  static final int THIN = 400;

  private ThinWinner() {}

  /**
   * A thin winner that owes its score to its name ("maincontent", "body") or a few commas yields to
   * a candidate elsewhere on the page that holds several times its prose, mostly outside links, and
   * scores not far below it: the longer text is the article, the short box a caption or a footer. A
   * winner that {@link #widen} would widen stays: its wider ancestor holds the page's text. {@code
   * scores} holds each candidate's final score at index 1.
   */
  static Element rescue(
      Element top,
      double topScore,
      List<Element> candidates,
      Map<Element, double[]> scores,
      NodeStats stats,
      Element body) {
    NodeStats.Stat t = stats.of(top);
    int prose = t.text - t.link;
    if (prose >= THIN || widen(top, stats, body) != top) {
      return top;
    }
    int needed = Math.max(THIN, prose * 5 / 2);
    Element best = top;
    double bestScore = topScore * 0.3;
    for (Element e : candidates) {
      double score = scores.get(e)[1];
      if (score <= bestScore) {
        continue;
      }
      NodeStats.Stat s = stats.of(e);
      if (s.text - s.link >= needed && s.linkDensity() < 0.4 && !DocumentOrder.contains(e, top)) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  static Element widen(Element top, NodeStats stats, Element body) {
    NodeStats.Stat all = stats.of(body);
    int page = all.text - all.link;
    NodeStats.Stat t = stats.of(top);
    int prose = t.text - t.link;
    if (prose >= THIN || prose * 5 >= page) {
      return top;
    }
    for (Element p = top.parent(); p != null; p = p.parent()) {
      NodeStats.Stat s = stats.of(p);
      if ((s.text - s.link) * 2 >= page) {
        return s.linkDensity() < 0.35 ? p : top;
      }
      if (p == body) {
        break;
      }
    }
    return top;
  }
}
