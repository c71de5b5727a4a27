package org.dragoman.structure.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a byline as pages write it ("By Ana Li and Tom Reed | Twitter", "Von Ana Li, 3. März 2021",
 * "Ana Li, PhD") into the names it holds, and rejects values that name no author (user accounts
 * such as "admin", "Redaktion", "Staff", the site itself, labels like "Posted on").
 */
final class AuthorCleaner {
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?iu)(?:(?:view|see|show) all (?:posts|articles|stories) by|all posts by"
              + "|(?:redaktion|redakteur(?:in)?|editor)(?=\\s*:)"
              + "|(?:zeige )?alle (?:beiträge|artikel) von|mehr (?:artikel |beiträge )?von"
              + "|(?:text|words|story)\\s*(?:&|\\+|/|und|and|et|y)\\s*(?:fotos?|photos?|bilder?)"
              + "|(?:written|posted|published|reported|created|compiled|edited|story|text|words|"
              + "photos?|geschrieben|verfasst|eingestellt|erstellt|veröffentlicht|publiziert"
              + "|gespeichert|alles|interview|ein (?:beitrag|artikel|kommentar)|beitrag|artikel"
              + "|kommentar|autor(?:in|en|innen)?|authors?|auteurs?(?:\\(s\\))?|verfasser(?:in)?)"
              + "\\s*(?:by|von|am|on|:)?\\s*(?:by|von)?|by|von|par|por|door|from)"
              + "[:\\s]+");
  private static final Pattern CUT =
      Pattern.compile(
          "(?iu)\\s+(?:[|•·–—]|-\\s|am\\s+\\d|am\\s+\\p{L}+,|on\\s+\\p{L}+\\s+\\d|on\\s+\\d"
              + "|um\\s+\\d|at\\s+\\d|\\d{1,2}\\.\\s?\\d{1,2}\\.|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}"
              + "|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}|stand:|updated|aktualisiert"
              + "|published|veröffentlicht|sagt:|says:|schreibt:|wrote:|posted\\b|follow\\b"
              + "|(?:illustrations?|illustrationen|fotos?|photos?|photography|bilder?)"
              + "\\s*(?::|von\\b|by\\b)"
              + "|e-?mail\\b|twitter\\b|facebook\\b|instagram\\b|linkedin\\b|\\(@|@\\w)"
              + "|\\s*\\n");
  private static final Pattern BY_INSIDE =
      Pattern.compile("(?iu)(?:^|\\s)(?:by|von|par|por)\\s+(?=\\p{L})");

  /** An author label inside a block of labelled fields ("Datum: ... Autor: Ana Li"). */
  private static final Pattern INNER_LABEL =
      Pattern.compile(
          "(?iu)(?<=\\s)(?:autor(?:in|en|innen)?|authors?|auteurs?|verfasser(?:in)?|written by"
              + "|geschrieben von)\\s*:\\s*(?=\\p{L})");

  private static final Pattern SPLIT =
      Pattern.compile(
          "\\s*(?:[,;&]|\\s(?:and|und|et|y|e|en|og|och)\\s)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile("(?iu),?\\s+(?:ph\\.?d\\.?|m\\.?d\\.?|m\\.?a\\.?|mba|rd|rdn)\\.?$");
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s+\\([^()]*\\)$");
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "admin",
          "administrator",
          "wordpressadmin",
          "webmaster",
          "editor",
          "editors",
          "editorial",
          "editorial team",
          "editorial staff",
          "staff",
          "staff writer",
          "staff reporter",
          "redaktion",
          "die redaktion",
          "online-redaktion",
          "onlineredaktion",
          "red.",
          "red",
          "team",
          "guest",
          "gast",
          "anonymous",
          "anonym",
          "no author",
          "unknown author",
          "author",
          "autor",
          "by",
          "von",
          "posted",
          "posted by",
          "posted on",
          "published",
          "veröffentlicht",
          "veröffentlicht am",
          "publiziert am",
          "geschrieben von",
          "follow",
          "share",
          "kommentare",
          "comments",
          "name",
          "user",
          "root",
          "am",
          "on",
          "at",
          "um",
          "stand",
          "interview",
          "quelle",
          "source",
          "im wortlaut",
          "auteur",
          "datum",
          "date",
          "pressemitteilung",
          "press release",
          "collectif",
          "agencies",
          "agenturen",
          "null",
          "mehr",
          "more",
          "read more",
          "weiterlesen",
          "unknown",
          "super user",
          "istock",
          "istockphoto",
          "shutterstock",
          "getty images",
          "gettyimages",
          "adobe stock",
          "adobestock",
          "fotolia",
          "unsplash",
          "pixabay",
          "pexels",
          "imago",
          "imago images",
          "picture alliance",
          "picture-alliance");

  /**
   * Lower-case words a list of names may hold: connectors, "for" and "with" of "X for The Times",
   * and name particles ("von", "de") are counted apart.
   */
  private static final Set<String> NAME_LIST_WORDS =
      Set.of(
          "and", "und", "et", "y", "e", "en", "og", "och", "for", "für", "with", "mit", "from",
          "aus", "in", "of", "by", "von", "van", "de", "der", "den", "da", "di", "du", "la", "le",
          "del", "dos", "zu", "al", "bin");

  /** The most lower-case words beyond {@link #NAME_LIST_WORDS} a byline may hold. */
  private static final int MAX_PROSE_WORDS = 2;

  private static final Pattern PHOTO_CREDIT =
      Pattern.compile("(?iu)(?:fotos?|photos?|bild|bilder|image|illustration)\\s*(?::|by|von)");
  private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:,;|\\-–—(\\[»«›‹]+$");
  private static final Pattern EDGE_MARKS =
      Pattern.compile("^[\\p{Punct}\\s]+|[\\s:,;|\\-–—(\\[]+$");
  private static final Pattern ENDS_WITH_INITIAL = Pattern.compile(".*\\b\\p{Lu}\\.$");
  private static final Pattern DESK_SEPARATORS = Pattern.compile("[\\s/-]+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s/]+");
  private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Z}\\t\\x0B\\f\\r]+");
  private static final Pattern TRAILING_WORD =
      Pattern.compile("(?iu)\\s+(?:am|on|um|at|le|el|il|vom|den|the)$");
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "zu", "y",
          "e", "bin", "al", "ten", "ter", "v.");
  private static final Set<String> AGENCIES =
      Set.of(
          "dpa", "afp", "ap", "reuters", "apa", "kna", "epd", "sid", "ddp", "dts", "ots", "sda",
          "ats", "ansa", "efe", "upi", "pa", "kyodo", "jiji", "xinhua", "tass");
  private static final Pattern DEGREES =
      Pattern.compile("(?:ph\\.?\\s?d|m\\.?\\s?d|m\\.?\\s?a|mba|rdn?|rn|m\\.?sc|b\\.?sc|llm)\\.?");
  private static final Set<String> ACCOUNTS =
      Set.of("admin", "administrator", "wordpressadmin", "webmaster", "root", "user");
  private static final Set<String> DESK_WORDS =
      Set.of(
          "redaktion",
          "redaktionsteam",
          "online-redaktion",
          "staff",
          "newsdesk",
          "editorial",
          "redacción",
          "rédaction",
          "redazione",
          "desk",
          "team",
          "reporter");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "redaktion",
          "editor",
          "editors",
          "staff",
          "team",
          "admin",
          "newsroom",
          "newsdesk",
          "desk",
          "reporter",
          "correspondent",
          "contributor",
          "writer",
          "experte",
          "expertin",
          "korrespondent",
          "korrespondentin",
          "redakteur",
          "redakteurin",
          "mitarbeiter",
          "rechtsanwalt",
          "rechtsanwältin");

  private final SiteIdentity site;

  /**
   * The names of the credits read so far: one page's finders ask for the same credit several times.
   * A cleaner serves one page, on one thread.
   */
  private final Map<String, List<String>> named = new HashMap<>();

  AuthorCleaner(SiteIdentity site) {
    this.site = site;
  }

  /**
   * The names in a byline, in order, without duplicates; empty when it names no author. The list
   * cannot be changed.
   */
  List<String> names(String raw) {
    List<String> known = named.get(raw);
    if (known == null) {
      known = List.copyOf(names(raw, false));
      named.put(raw, known);
    }
    return known;
  }

  /**
   * The site's own name when a declared author credit names nothing else ("Presse Augsburg" in
   * {@code <meta name=author>} on presse-augsburg.de, a blog whose site name is its author's), or
   * null: a credit weaker than any person's.
   */
  String siteCredit(String raw) {
    if (!names(raw).isEmpty()) {
      return null;
    }
    List<String> withSite = names(raw, true);
    return withSite.size() == 1 && site.is(withSite.get(0)) ? withSite.get(0) : null;
  }

  /**
   * Whether a cleaned name reads as the site's own name ("Die FURCHE" on furche.at, "L-MAG" on
   * l-mag.de): a credit to the publication, weaker than a person's.
   */
  boolean namesSite(String name) {
    return site.publication(name);
  }

  private List<String> names(String raw, boolean keepSite) {
    List<String> out = new ArrayList<>();
    String s = trimmed(raw);
    if (s == null || prose(s)) {
      return out;
    }
    String[] parts = SPLIT.split(s);
    if (parts.length > 0 && parts[0].indexOf(':') > 0) {
      return out; // "Mein Motto: Fazit, Erkenntnisse": a title, not a list of names
    }
    for (String part : parts) {
      String p = clean(part, keepSite);
      if (p != null && !out.contains(p)) {
        out.add(p);
      }
    }
    if (out.stream().anyMatch(p -> !AGENCIES.contains(p.toLowerCase(Locale.ROOT)))) {
      out.removeIf(p -> AGENCIES.contains(p.toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /**
   * A credit to a desk rather than a person ("Redaktion", "Staff", "Newsdesk", "Die Redaktion von
   * X"), cleaned, or null: a weaker byline, used only when a page names no person.
   */
  String deskCredit(String raw) {
    String s = trimmed(raw);
    if (s == null || s.length() > 60) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    String[] words = DESK_SEPARATORS.split(lower);
    if (words.length > 5 || ACCOUNTS.contains(lower)) {
      return null;
    }
    for (String w : words) {
      if (DESK_WORDS.contains(w)) {
        return s;
      }
    }
    return null;
  }

  private static String trimmed(String raw) {
    if (raw == null) {
      return null;
    }
    String s = SPACE_LIKE.matcher(raw).replaceAll(" ").strip();
    if (s.indexOf('&') >= 0) {
      s = org.jsoup.parser.Parser.unescapeEntities(s, false);
    }
    if (PHOTO_CREDIT.matcher(s).lookingAt()) {
      return null;
    }
    if (s.startsWith("©") || s.regionMatches(true, 0, "(c)", 0, 3)) {
      s = s.substring(s.startsWith("©") ? 1 : 3).strip();
    }
    if (s.isEmpty() || s.length() > 200 || s.startsWith("http") || s.startsWith("@")) {
      return null;
    }
    s = HORIZONTAL_SPACES.matcher(s).replaceAll(" ");
    Matcher label = INNER_LABEL.matcher(s);
    if (label.find() && label.start() > 0) {
      s = s.substring(label.start()).strip(); // "Datum: 19.11.2021 Autor: Ana Li Quelle: X"
    }
    s = stripPrefix(s);
    Matcher by = BY_INSIDE.matcher(s);
    if (by.find() && by.start() < 80 && hasDigit(s.substring(0, by.start()))) {
      s = s.substring(by.end());
    }
    Matcher cut = CUT.matcher(s);
    if (cut.find() && cut.start() > 0) {
      s = s.substring(0, cut.start());
    }
    s = TRAILING_MARKS.matcher(WhiteSpace.singleSpaced(s)).replaceAll("").strip();
    s = TRAILING_WORD.matcher(s).replaceFirst("").strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * Whether a credit reads as a sentence rather than a list of names: more than {@link
   * #MAX_PROSE_WORDS} lower-case words other than connectors and particles ("Mein Motto: Fazit und
   * meine Pläne für 2020").
   */
  private static boolean prose(String s) {
    int lower = 0;
    for (String w : SPACES.split(s)) {
      if (!w.isEmpty()
          && Character.isLowerCase(w.codePointAt(0))
          && !NAME_LIST_WORDS.contains(w.toLowerCase(Locale.ROOT))
          && ++lower > MAX_PROSE_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static String stripPrefix(String s) {
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("").strip();
    } while (!s.equals(before) && !s.isEmpty());
    return s;
  }

  private String clean(String part, boolean keepSite) {
    String p = stripPrefix(part.strip());
    p = ROLE_SUFFIX.matcher(p).replaceFirst("");
    p = TRAILING_PARENTHESIS.matcher(p).replaceFirst(""); // "Ana Li (Pressesprecherin)"
    p = EDGE_MARKS.matcher(p).replaceAll("").strip();
    if (p.endsWith(".") && !ENDS_WITH_INITIAL.matcher(p).matches()) {
      p = p.substring(0, p.length() - 1).strip();
    }
    if (p.length() < 2 || p.length() > 60 || !hasLetter(p) || p.indexOf(':') > 0) {
      return null;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    if (DEGREES.matcher(lower).matches()) {
      return null;
    }
    if (NOT_A_NAME.contains(lower)
        || p.contains("http")
        || p.contains("@")
        || p.contains("[at]")
        || !keepSite && site.is(p)) {
      return null;
    }
    String[] words = WORD_SEPARATORS.split(lower);
    if (words.length >= 3 && roleWord(words[0])) {
      p = p.substring(p.indexOf(' ') + 1).strip();
      lower = p.toLowerCase(Locale.ROOT);
      words = WORD_SEPARATORS.split(lower);
    }
    if (words.length > 5
        || Character.isDigit(p.charAt(0))
        || words.length > 1 && hasDigit(p)
        || words.length > 1 && PARTICLES.contains(words[words.length - 1])) {
      return null;
    }
    int lowerWords = 0;
    for (String w : SPACES.split(p)) {
      if (ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT)) && words.length <= 3) {
        return null;
      }
      if (!w.isEmpty()
          && Character.isLowerCase(w.codePointAt(0))
          && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        lowerWords++;
      }
    }
    return lowerWords >= 2 || lowerWords == 1 && words.length >= 4 ? null : p;
  }

  /** Whether a word is or holds a role ("FOCUS-Online-Experte", "Staff-Reporter"). */
  private static boolean roleWord(String word) {
    for (String r : ROLE_WORDS) {
      if (word.contains(r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
