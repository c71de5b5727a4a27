package org.dragoman.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of news agencies, newspapers, magazines, journals, broadcasters, news sites and
 * think tanks, read from {@code media.tsv} next to this class (name, variants separated by "|",
 * kind; tab-separated, after a header row).
 */
public final class NewsMedia {
  private static final String RESOURCE = "media.tsv";

  /** The kind of the outlets that are research institutes rather than media. */
  public static final String THINK_TANK = "think tank";

  /**
   * One outlet.
   *
   * @param name its canonical name, as written ("The New York Times")
   * @param variants its other names and abbreviations, as written ("NYT")
   * @param kind agency, newspaper, magazine, journal, broadcaster, website or think tank
   */
  public record Outlet(String name, List<String> variants, String kind) {
    public Outlet {
      variants = List.copyOf(variants);
    }

    /** Whether it is a news medium, not a think tank. */
    public boolean isMedium() {
      return !THINK_TANK.equals(kind);
    }
  }

  private NewsMedia() {}

  /** The outlets in the order of the file. */
  public static List<Outlet> outlets() {
    List<LexiconFile.Line> lines = LexiconFile.entries(NewsMedia.class, RESOURCE);
    List<Outlet> out = new ArrayList<>();
    for (LexiconFile.Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] row = line.raw().split("\t", -1);
      if (row[0].isBlank()) {
        throw new IllegalStateException(RESOURCE + ":" + line.number() + ": empty name");
      }
      out.add(new Outlet(row[0], column(row, 1), row.length > 2 ? row[2].strip() : ""));
    }
    return List.copyOf(out);
  }

  private static List<String> column(String[] row, int i) {
    if (row.length <= i || row[i].isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String v : row[i].split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }
}
