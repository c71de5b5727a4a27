package org.dragoman.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Span;

/**
 * Reads the attributions of a brat standoff file as PolNeAR writes them: {@code T} lines give
 * Source, Cue and Content spans, {@code E} lines tie them together ("E1 Attribution:T4 Content:T3
 * Cue:T2 Source:T1"). Notes ({@code #}) and the continuation lines of an annotated text that
 * contains a line break are skipped. A malformed T or E line is an error naming file and line.
 */
public final class BratReader {
  private BratReader() {}

  public static List<BratAttribution> read(Path annFile, int textLength) throws IOException {
    List<String> lines = Files.readAllLines(annFile, StandardCharsets.UTF_8);
    Map<String, BratSpan> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      String where = annFile.getFileName() + " line " + (n + 1);
      if (line.matches("T\\d+\t.*")) {
        BratSpan s = span(line, where, textLength);
        spans.put(s.id(), s);
      } else if (line.matches("E\\d+\t.*")) {
        String[] parts = line.split("\t");
        if (parts.length < 2) {
          throw new IllegalArgumentException(where + ": event line without arguments");
        }
        events.add(parts);
      }
    }
    List<BratAttribution> out = new ArrayList<>();
    for (String[] e : events) {
      BratSpan source = null;
      BratSpan cue = null;
      BratSpan content = null;
      for (String arg : e[1].trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        BratSpan target = spans.get(arg.substring(colon + 1));
        switch (role) {
          case "Source" -> source = target;
          case "Cue" -> cue = target;
          case "Content" -> content = target;
          default -> {}
        }
      }
      if (content != null) {
        out.add(new BratAttribution(e[0], source, cue, content));
      }
    }
    return out;
  }

  private static BratSpan span(String line, String where, int textLength) {
    String[] parts = line.split("\t", 3);
    if (parts.length < 2) {
      throw new IllegalArgumentException(where + ": text-bound line without type and offsets");
    }
    String[] typeAndRanges = parts[1].split(" ", 2);
    if (typeAndRanges.length < 2) {
      throw new IllegalArgumentException(where + ": no offsets in '" + parts[1] + "'");
    }
    List<Span> fragments = new ArrayList<>();
    for (String range : typeAndRanges[1].split(";")) {
      String[] se = range.trim().split(" ");
      try {
        int s = Integer.parseInt(se[0]);
        int e = Integer.parseInt(se[1]);
        if (s < 0 || e < s || e > textLength) {
          throw new IllegalArgumentException(
              where + ": span " + s + "-" + e + " outside the text (length " + textLength + ")");
        }
        fragments.add(new Span(s, e));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
        throw new IllegalArgumentException(where + ": bad offsets '" + range + "'", ex);
      }
    }
    return new BratSpan(parts[0], typeAndRanges[0], fragments, parts.length > 2 ? parts[2] : "");
  }
}
