package org.dragoman.structure.html;

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
