package org.dragoman.structure.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.jsoup.Jsoup;

/** The tiny body-rule pages of src/test/resources/structure/body, and their bodies. */
final class BodyFixtures {
  private BodyFixtures() {}

  /** The page's HTML. */
  static String fixture(String name) {
    try (InputStream in = BodyFixtures.class.getResourceAsStream("/structure/body/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture /structure/body/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body text the structure stage finds on the page. */
  static String body(String name) {
    String url = "https://news.example.org/" + name;
    return new HtmlStructure().read(Jsoup.parse(fixture(name), url), url).body().text();
  }

  /** A body of paragraph blocks, {@code paragraphs} after those of {@code start}. */
  static BodyText paragraphs(BodyText start, String... paragraphs) {
    StringBuilder text = new StringBuilder(start.text());
    List<Block> blocks = new ArrayList<>(start.blocks());
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      blocks.add(new Block(BlockKind.PARAGRAPH, text.length(), text.length() + p.length()));
      text.append(p);
    }
    return new BodyText(text.toString(), blocks, List.of());
  }
}
