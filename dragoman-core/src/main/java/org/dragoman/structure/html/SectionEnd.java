package org.dragoman.structure.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dragoman.model.Block;
import org.dragoman.model.Link;

/**
 * Cuts an article body where its furniture starts: a heading or short line like "Kontakt",
 * "Quellen:", "About the author" or "Related stories" in the last part of the body opens a box that
 * is not the article (the lexicon {@code section-end-cues.txt} lists them). The line and all blocks
 * after it go. Only the last {@value #TAIL_PERCENT} percent of the text is searched, so a
 * subheading with such words early in an article costs nothing.
 */
final class SectionEnd {
  static final int TAIL_PERCENT = 40;
  private static final int MAX_LINE = 60;

  private static final Pattern CUE = cues("section-end-cues.txt");

  private SectionEnd() {}

  /** The body without what follows its first section-end line in the tail. */
  static BodyText cut(BodyText body) {
    String text = body.text();
    int from = text.length() * (100 - TAIL_PERCENT) / 100;
    List<Block> blocks = body.blocks();
    for (int i = 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.start() < from || b.end() - b.start() > MAX_LINE) {
        continue;
      }
      if (CUE.matcher(text.substring(b.start(), b.end()).strip()).matches()) {
        int end = blocks.get(i - 1).end();
        List<Link> links = new ArrayList<>();
        for (Link l : body.links()) {
          if (l.end() <= end) {
            links.add(l);
          }
        }
        return new BodyText(text.substring(0, end), blocks.subList(0, i), links);
      }
    }
    return body;
  }

  private static Pattern cues(String resource) {
    List<String> cues = new ArrayList<>();
    try (InputStream in = SectionEnd.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String cue = line.strip();
        if (!cue.isEmpty() && !cue.startsWith("#")) {
          cues.add(cue);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Pattern.compile(
        "(?:" + String.join("|", cues) + ")\\s*[:?]?",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  }
}
