package org.dragoman.structure.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NodeStatsTest {
  private static final String PAGE =
      "<html><body><header><h1>Harbour <a href='/x'>news</a></h1><nav><ul><li><a href='/a'>Home"
          + "</a></li><li><a href='/b'>Sport, weather</a></li></ul></nav></header>"
          + "<main><article class='entry-content'><h1>The ferry returns, after all</h1>"
          + "<p>The old ferry to the island runs again this spring, the council said on Monday,"
          + " after two winters in the yard. <a href='/c'>Tickets</a>, timetables and fares"
          + " follow.</p><div class='share'><a href='/s'>Share</a> <span>this, please</span>"
          + "</div><p>Crews repainted the hull, replaced the engine and fitted new seats,"
          + " <em>which the <a href='/d'>island's school</a> chose</em>, in a long"
          + " summer.</p><blockquote>We missed it, <b>everyone</b> did.</blockquote><div>"
          + "<span>Loose, inline text, with <i>commas</i>, that runs on for long enough to"
          + " count as a paragraph of its own.</span><div class='related'><h2>More</h2><a"
          + " href='/e'>The bridge, delayed</a></div></div><h1>Another heading</h1><p>Repeated"
          + " text of the article body to give it the letters a body hint needs. ".repeat(8)
          + "</p></article><aside class='sidebar'><p>Most read, today:</p><ol><li><a"
          + " href='/f'>One</a></li></ol></aside></main><footer>Contact, imprint</footer>"
          + "</body></html>";

  @Test
  void measuresWithoutRemovedElementsAreThoseOfThePageMeasuredAgain() {
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      Document doc = Jsoup.parse(PAGE);
      PageNames names = new PageNames();
      NodeStats before = new NodeStats(doc.body(), names);
      List<Element> removed = pick(before.elements(), random);
      NodeStats after = before.without(removed);
      for (Element e : removed) {
        e.remove();
      }
      NodeStats again = new NodeStats(doc.body(), names);
      assertThat(after.elements()).as("seed %d", seed).isEqualTo(again.elements());
      for (int i = 0; i < again.elements().size(); i++) {
        Element e = again.elements().get(i);
        assertThat(describe(after.of(e)))
            .as("seed %d, %s", seed, e.cssSelector())
            .isEqualTo(describe(again.at(i)));
        assertThat(after.at(i)).isSameAs(after.of(e));
        assertThat(after.headlineBefore(e)).isSameAs(again.headlineBefore(e));
      }
      for (Element e : removed) {
        assertThat(after.of(e).text).isZero();
      }
    }
  }

  @Test
  void removingNothingKeepsTheMeasures() {
    Document doc = Jsoup.parse(PAGE);
    NodeStats stats = new NodeStats(doc.body(), new PageNames());
    assertThat(stats.without(List.of())).isSameAs(stats);
  }

  /** Some elements below the body, none inside another, as a cleaning removes them. */
  private static List<Element> pick(List<Element> elements, Random random) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements.subList(1, elements.size())) {
      if (random.nextInt(6) == 0 && out.stream().noneMatch(r -> DocumentOrder.contains(r, e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String describe(NodeStats.Stat s) {
    return String.join(
        " ",
        "text=" + s.text,
        "link=" + s.link,
        "inline=" + s.inline,
        "inlineLink=" + s.inlineLink,
        "commas=" + s.commas,
        "allCommas=" + s.allCommas,
        "paragraphs=" + s.paragraphs,
        "hint=" + s.holdsBodyHint,
        "maxProse=" + s.maxProse,
        "block=" + s.block,
        "order=" + s.order,
        "end=" + s.end,
        "inLink=" + s.inLink);
  }
}
