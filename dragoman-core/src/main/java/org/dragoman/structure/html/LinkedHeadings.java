package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Link;

/**
 * Headings inside an article that are nothing but a link to another page: the headline of a teaser
 * for another story ("next post", a video box, a related story), never a subheading of this one.
 * The first block is left alone (it may be the article's own linked title), and so is a page with
 * {@value #LISTING} or more of them: that is a list of stories, whose headlines are its text.
 */
final class LinkedHeadings {
  static final int LISTING = 10;

  private LinkedHeadings() {}

  /** The body without its linked teaser headings; {@code pageUrl} is the page's own address. */
  static BodyText drop(BodyText body, String pageUrl) {
    List<Block> blocks = body.blocks();
    List<Integer> teasers = new ArrayList<>();
    for (int i = 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == BlockKind.HEADING && linkedElsewhere(body.links(), b, pageUrl)) {
        teasers.add(i);
        if (teasers.size() >= LISTING) {
          return body;
        }
      }
    }
    for (int k = teasers.size() - 1; k >= 0; k--) {
      body = body.without(teasers.get(k));
    }
    return body;
  }

  private static boolean linkedElsewhere(List<Link> links, Block b, String pageUrl) {
    int linked = 0;
    for (Link l : links) {
      if (l.start() >= b.start() && l.end() <= b.end()) {
        if (samePage(l.url(), pageUrl)) {
          return false;
        }
        linked += l.end() - l.start();
      }
    }
    return linked > 0 && linked >= 0.8 * (b.end() - b.start());
  }

  private static boolean samePage(String url, String pageUrl) {
    return pageUrl != null && !pageUrl.isEmpty() && strip(url).equals(strip(pageUrl));
  }

  private static String strip(String url) {
    int cut = url.length();
    int hash = url.indexOf('#');
    if (hash >= 0) {
      cut = hash;
    }
    int query = url.indexOf('?');
    if (query >= 0 && query < cut) {
      cut = query;
    }
    String s = url.substring(0, cut);
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
