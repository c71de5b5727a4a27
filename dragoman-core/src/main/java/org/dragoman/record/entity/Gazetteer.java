package org.dragoman.record.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.lexicon.LexiconFile;
import org.dragoman.lexicon.NewsMedia;

/**
 * The team's gazetteer of world knowledge: countries with their name variants, demonyms, capitals
 * and seats of government; international organizations with acronyms; world regions; news media and
 * think tanks; named events, wars, treaties, laws and programmes; and the words of people's titles.
 * Read once from the TSV files next to this class and the news media list ({@link NewsMedia});
 * immutable and safe to share across threads.
 */
public final class Gazetteer {
  private static final String[] FILES = {"countries.tsv", "organizations.tsv", "regions.tsv"};

  /** Named events, treaties, laws and programmes: kept apart, found over the other names. */
  private static final String MISC_FILE = "misc.tsv";

  private final Map<String, GazetteerEntry> bySpelling;
  private final Map<String, GazetteerEntry> miscBySpelling;
  private final Set<String> miscFirstWords;
  private final Set<String> firstWords;
  private final Set<String> organizationHeads;
  private final RoleLexicon roles;
  private final int longestSpelling;
  private final Set<String> givenNames;

  private Gazetteer(
      Map<String, GazetteerEntry> bySpelling,
      Map<String, GazetteerEntry> miscBySpelling,
      RoleLexicon roles,
      Set<String> givenNames) {
    this.givenNames = Set.copyOf(givenNames);
    this.bySpelling = Map.copyOf(bySpelling);
    this.miscBySpelling = Map.copyOf(miscBySpelling);
    Set<String> miscFirst = new HashSet<>();
    for (String spelling : miscBySpelling.keySet()) {
      miscFirst.add(firstWord(spelling));
    }
    this.miscFirstWords = Set.copyOf(miscFirst);
    Set<String> first = new HashSet<>();
    Set<String> heads = new HashSet<>();
    int longest = 0;
    for (var e : bySpelling.entrySet()) {
      first.add(firstWord(e.getKey()));
      heads.addAll(e.getValue().heads());
      longest = Math.max(longest, e.getKey().length());
    }
    this.firstWords = Set.copyOf(first);
    this.organizationHeads = Set.copyOf(heads);
    this.roles = roles;
    this.longestSpelling = longest;
  }

  /** The gazetteer of the data files shipped with Dragoman, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private static Gazetteer load() {
    Map<String, List<GazetteerEntry>> all = new HashMap<>();
    for (String file : FILES) {
      for (String[] row : rows(file)) {
        addRow(file, row, all);
      }
    }
    for (NewsMedia.Outlet outlet : NewsMedia.outlets()) {
      addMedia(outlet, all);
    }
    Map<String, GazetteerEntry> best = new HashMap<>();
    for (var e : all.entrySet()) {
      GazetteerEntry chosen = e.getValue().get(0);
      for (GazetteerEntry g : e.getValue()) {
        if (g.kind().ordinal() < chosen.kind().ordinal()
            || (g.kind() == chosen.kind() && chosen.needsArticle() && !g.needsArticle())) {
          chosen = g;
        }
      }
      best.put(e.getKey(), chosen);
    }
    Map<String, String> heads = new HashMap<>();
    Set<String> modifiers = new HashSet<>();
    for (String[] row : rows("roles.tsv")) {
      String[] words = row[0].toLowerCase(Locale.ROOT).split(" ");
      String last = words[words.length - 1];
      for (int i = 0; i < words.length - 1; i++) {
        modifiers.add(words[i]);
      }
      if (row.length > 1 && row[1].equals("modifier")) {
        modifiers.add(last);
      } else {
        heads.put(last, last);
        for (String plural : RoleLexicon.plurals(last)) {
          heads.putIfAbsent(plural, last);
        }
      }
    }
    Set<String> given = new HashSet<>();
    for (String[] row : rows("given-names.txt")) {
      given.add(row[0].strip());
    }
    Map<String, List<GazetteerEntry>> misc = new HashMap<>();
    for (String[] row : rows(MISC_FILE)) {
      Entry e = new Entry(row[0], NameKind.MISC, Set.of());
      put(misc, row[0], e);
      column(row, 1).forEach(v -> put(misc, v, e));
    }
    Map<String, GazetteerEntry> miscBest = new HashMap<>();
    for (var e : misc.entrySet()) {
      GazetteerEntry chosen = e.getValue().get(0);
      for (GazetteerEntry g : e.getValue()) {
        chosen = chosen.needsArticle() && !g.needsArticle() ? g : chosen;
      }
      miscBest.put(e.getKey(), chosen);
    }
    return new Gazetteer(best, miscBest, new RoleLexicon(heads, modifiers), given);
  }

  private static void addRow(String file, String[] row, Map<String, List<GazetteerEntry>> all) {
    String name = row[0];
    List<String> variants = column(row, 1);
    switch (file) {
      case "countries.tsv" -> {
        put(all, name, new Entry(name, NameKind.COUNTRY, Set.of()));
        variants.forEach(v -> put(all, v, new Entry(name, NameKind.COUNTRY, Set.of())));
        column(row, 2).forEach(v -> put(all, v, new Entry(name, NameKind.DEMONYM, Set.of())));
        column(row, 3)
            .forEach(v -> put(all, v, new Entry(name, NameKind.DEMONYM_PLURAL, Set.of())));
        column(row, 4).forEach(v -> put(all, v, new Entry(name, NameKind.CAPITAL, Set.of())));
        column(row, 5).forEach(v -> put(all, v, new Entry(name, NameKind.SEAT, Set.of())));
      }
      case "organizations.tsv" -> {
        Set<String> heads = new LinkedHashSet<>(column(row, 2));
        put(all, name, new Entry(name, NameKind.ORGANIZATION, heads));
        variants.forEach(v -> put(all, v, new Entry(name, NameKind.ORGANIZATION, heads)));
      }
      default -> {
        put(all, name, new Entry(name, NameKind.REGION, Set.of()));
        variants.forEach(v -> put(all, v, new Entry(name, NameKind.REGION, Set.of())));
        column(row, 2)
            .forEach(v -> put(all, v, new Entry(name, NameKind.REGION_ADJECTIVE, Set.of())));
      }
    }
  }

  private static void addMedia(NewsMedia.Outlet outlet, Map<String, List<GazetteerEntry>> all) {
    String name = outlet.name();
    put(all, name, new Entry(name, NameKind.MEDIA, Set.of()));
    outlet.variants().forEach(v -> put(all, v, new Entry(name, NameKind.MEDIA, Set.of())));
  }

  private record Entry(String referent, NameKind kind, Set<String> heads) {}

  /** A spelling "the X" is stored as "X" that needs the article; "X" alone stays as given. */
  private static void put(Map<String, List<GazetteerEntry>> all, String spelling, Entry e) {
    boolean article = spelling.startsWith("the ") || spelling.startsWith("The ");
    String key = article ? spelling.substring(4) : spelling;
    all.computeIfAbsent(key, k -> new ArrayList<>())
        .add(new GazetteerEntry(e.referent(), e.kind(), article, e.heads()));
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

  /** The data rows of a file, tab-separated, after its header row. */
  private static List<String[]> rows(String file) {
    List<LexiconFile.Line> lines = LexiconFile.entries(Gazetteer.class, file);
    List<String[]> rows = new ArrayList<>();
    for (LexiconFile.Line line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] row = line.raw().split("\t", -1);
      if (row[0].isBlank()) {
        throw new IllegalStateException("gazetteer " + file + ":" + line.number() + ": empty name");
      }
      rows.add(row);
    }
    return rows;
  }

  private static String firstWord(String spelling) {
    int end = 0;
    while (end < spelling.length()
        && !Character.isWhitespace(spelling.charAt(end))
        && spelling.charAt(end) != '-') {
      end++;
    }
    return spelling.substring(0, end);
  }

  /** The entry for a spelling as written (whitespace normalized), or null. */
  GazetteerEntry find(String spelling, boolean afterArticle) {
    GazetteerEntry e = bySpelling.get(spelling);
    if (e == null || (e.needsArticle() && !afterArticle)) {
      return null;
    }
    return e;
  }

  /**
   * The entry for a spelling as written, or for a spelling in capitals ("ASTANA —" in a dateline,
   * "NEW DELHI") the entry of its usual capitalization; null when neither is known.
   */
  GazetteerEntry findAnyCase(String spelling, boolean afterArticle) {
    GazetteerEntry e = find(spelling, afterArticle);
    if (e == null && Words.shouting(spelling)) {
      e = find(Words.titleCase(spelling), afterArticle);
    }
    return e;
  }

  /** The named event, treaty, law or programme of a spelling as written, or null. */
  GazetteerEntry findMisc(String spelling, boolean afterArticle) {
    GazetteerEntry e = miscBySpelling.get(spelling);
    if (e == null || (e.needsArticle() && !afterArticle)) {
      return null;
    }
    return e;
  }

  /** Whether some spelling of a named event, treaty, law or programme starts with this token. */
  boolean startsMiscSpelling(String word) {
    return miscFirstWords.contains(word);
  }

  /** Whether some spelling starts with this token, as written or, in capitals, capitalized. */
  boolean startsSpelling(String word) {
    return firstWords.contains(word)
        || (Words.shouting(word) && firstWords.contains(Words.titleCase(word)));
  }

  int longestSpelling() {
    return longestSpelling;
  }

  /**
   * Generic nouns that re-mention organizations: capitalized ("Alliance", "Organization") or, when
   * listed so, lowercase ("alliance", "bloc").
   */
  Set<String> organizationHeads() {
    return organizationHeads;
  }

  /** Whether a word is a common given name ("Vladimir", "Islam", "Gulnara"). */
  boolean givenName(String word) {
    return givenNames.contains(word);
  }

  RoleLexicon roles() {
    return roles;
  }
}
