package org.dragoman.eval.webpages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.Score;
import org.dragoman.model.Format;
import org.dragoman.model.GivenMetadata;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.RawDocument;
import org.dragoman.structure.PageReader;

/**
 * Scores a page reader on webpages-dev (the evaluation pages of the trafilatura project): each
 * "with" snippet found in the body is a true positive, each one missing a false negative, each
 * "without" snippet found a false positive; title, author and date are compared with the gold where
 * it has them (titles as {@link #sameTitle} reads them). Gold and body are made {@link #comparable
 * comparable} the same way before matching: every run of white space (the no-break space and the
 * other Unicode spaces too) reads as one space, and invisible format characters (the soft hyphen
 * U+00AD, zero-width spaces and joiners, the word joiner and invisible separators U+2060 to U+2064,
 * the byte-order mark) are dropped, so a gold snippet copied with a page's soft hyphens matches a
 * body that leaves them out, and the other way round.
 */
public final class WebpagesEvaluation {
  public static final String SUITE = "webpages-dev";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AUTHOR_SPLIT =
      Pattern.compile("\\s*(?:[,;&]|\\s(?:and|und)\\s)\\s*");

  /**
   * One page of the set with its gold.
   *
   * @param url the page's URL
   * @param file the page's file name under html/ without ".gz"
   * @param with snippets the body must contain
   * @param without snippets the body must not contain
   * @param title gold title or null
   * @param author gold author(s) or null
   * @param date gold date (YYYY-MM-DD) or null
   */
  public record Case(
      String url,
      String file,
      List<String> with,
      List<String> without,
      String title,
      String author,
      String date) {}

  /**
   * The outcome on one page: the snippets it missed and the ones it let through, and the body's
   * shingle match against the page's JSON-LD articleBody (null when the page has none).
   */
  public record PageResult(
      Case page, Page read, List<String> missed, List<String> leaked, ShingleMatch shingles) {
    /** A result without an articleBody comparison. */
    public PageResult(Case page, Page read, List<String> missed, List<String> leaked) {
      this(page, read, missed, leaked, null);
    }
  }

  private WebpagesEvaluation() {}

  /** Scores the reader on every page of the set. */
  public static EvalReport evaluate(Path datasetDir, PageReader reader) {
    return evaluate(datasetDir, reader, Integer.MAX_VALUE);
  }

  /** Scores the reader on the first {@code limit} pages of the set (in the gold file's order). */
  public static EvalReport evaluate(Path datasetDir, PageReader reader, int limit) {
    return evaluate(datasetDir, reader, limit, line -> {});
  }

  /**
   * Scores the reader on the first {@code limit} pages, telling {@code failures} each page's wrong
   * title, author or date (expected and predicted) and each snippet it missed or let through, as
   * "FILE missed: SNIPPET" or "FILE leaked: SNIPPET".
   */
  public static EvalReport evaluate(
      Path datasetDir, PageReader reader, int limit, Consumer<String> failures) {
    List<Case> all = cases(datasetDir);
    List<Case> present = new ArrayList<>();
    int absent = 0;
    for (Case c : all) {
      if (Files.isRegularFile(pagePath(datasetDir, c))) {
        if (present.size() < limit) {
          present.add(c);
        }
      } else {
        absent++;
      }
    }
    List<PageResult> results = new ArrayList<>();
    for (Case c : present) {
      RawDocument page = load(datasetDir, c);
      PageResult r = score(c, reader.read(page), ArticleBodyProxy.of(page.content()));
      results.add(r);
      listFailures(r, failures);
    }
    listShingleMatches(results, failures);
    List<String> notes = new ArrayList<>();
    if (absent > 0) {
      notes.add(absent + " pages of the gold file have no html file and were skipped");
    }
    if (present.size() < all.size() - absent) {
      notes.add("limited to the first " + present.size() + " pages");
    }
    return report(results, notes);
  }

  private static String oneLine(String snippet) {
    return SPACES.matcher(snippet).replaceAll(" ").strip();
  }

  /** The figures for a list of page results. */
  public static EvalReport report(List<PageResult> results, List<String> notes) {
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int titles = 0;
    int titlesRight = 0;
    int authors = 0;
    int authorsRight = 0;
    int dates = 0;
    int datesRight = 0;
    for (PageResult r : results) {
      Case c = r.page();
      fn += r.missed().size();
      tp += c.with().size() - r.missed().size();
      fp += r.leaked().size();
      Page p = r.read();
      if (c.title() != null) {
        titles++;
        if (titleRight(p, c)) {
          titlesRight++;
        }
      }
      if (c.author() != null) {
        authors++;
        if (authorRight(p, c)) {
          authorsRight++;
        }
      }
      if (c.date() != null) {
        dates++;
        if (dateRight(p, c)) {
          datesRight++;
        }
      }
    }
    List<ShingleMatch> shingled =
        results.stream().map(PageResult::shingles).filter(m -> m != null).toList();
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.add(
        String.format(
            Locale.ROOT,
            "%s: %d of %d pages carry a JSON-LD articleBody (a proxy for the article's text);"
                + " %d of them under shingle F1 %.1f",
            ShingleAverages.TASK,
            shingled.size(),
            results.size(),
            ShingleAverages.catastrophic(shingled),
            ShingleAverages.USABLE_F1));
    Score precision = Score.of("body", "precision", tp, tp + fp);
    Score recall = Score.of("body", "recall", tp, tp + fn);
    double p = precision.value();
    double rc = recall.value();
    double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
    List<Score> scores =
        new ArrayList<>(
            List.of(
                precision,
                recall,
                new Score("body", "f1", f1, tp, tp + (fp + fn) / 2),
                Score.of("title", "accuracy", titlesRight, titles),
                Score.of("author", "accuracy", authorsRight, authors),
                Score.of("date", "accuracy", datesRight, dates)));
    scores.addAll(ShingleAverages.scores(shingled));
    return new EvalReport(SUITE, scores, allNotes);
  }

  /**
   * Tells {@code failures} the pages compared with their articleBody, worst shingle F1 first, with
   * the longest passages the body has extra and the longest it misses, as "FILE body-shingle: F1
   * 0.412 (P 0.300 R 0.950) extra «...» missing «...»". Pages that match exactly are left out.
   */
  private static void listShingleMatches(List<PageResult> results, Consumer<String> failures) {
    List<PageResult> compared =
        results.stream()
            .filter(r -> r.shingles() != null && r.shingles().f1() < 1)
            .sorted(
                Comparator.comparingDouble((PageResult r) -> r.shingles().f1())
                    .thenComparing(r -> r.page().file()))
            .toList();
    for (PageResult r : compared) {
      ShingleMatch m = r.shingles();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%s %s: F1 %.3f (P %.3f R %.3f)",
                  r.page().file(),
                  ShingleAverages.TASK,
                  m.f1(),
                  m.precision(),
                  m.recall()));
      for (String e : m.extra()) {
        line.append(" extra «").append(shortened(e)).append('»');
      }
      for (String e : m.missing()) {
        line.append(" missing «").append(shortened(e)).append('»');
      }
      failures.accept(line.toString());
    }
  }

  private static String shortened(String passage) {
    String one = oneLine(passage);
    return one.length() <= PASSAGE_CHARS
        ? one
        : one.substring(0, PASSAGE_CHARS / 2)
            + " … "
            + one.substring(one.length() - PASSAGE_CHARS / 2);
  }

  private static final int PASSAGE_CHARS = 160;

  private static void listFailures(PageResult r, Consumer<String> failures) {
    Case c = r.page();
    Page p = r.read();
    if (c.title() != null && !titleRight(p, c)) {
      failures.accept(c.file() + " title: expected «" + c.title() + "», got «" + p.title() + "»");
    }
    if (c.author() != null && !authorRight(p, c)) {
      failures.accept(
          c.file() + " author: expected «" + c.author() + "», got «" + p.authors() + "»");
    }
    if (c.date() != null && !dateRight(p, c)) {
      failures.accept(
          c.file()
              + " date: expected "
              + goldDate(c.date())
              + ", got "
              + p.published()
              + " ("
              + p.publishedEvidence()
              + ")");
    }
    r.missed().forEach(m -> failures.accept(c.file() + " missed: " + oneLine(m)));
    r.leaked().forEach(l -> failures.accept(c.file() + " leaked: " + oneLine(l)));
  }

  private static boolean titleRight(Page p, Case c) {
    return p.title() != null && sameTitle(p.title(), c.title());
  }

  /**
   * Whether two titles read the same: compared {@link #normalize normalized}, without invisible
   * format characters (a gold title copied with a page's soft hyphens matches one without them, and
   * the other way round) and in Unicode's canonical composition (a letter written as base and
   * combining mark matches the same letter written as one character).
   */
  static boolean sameTitle(String a, String b) {
    return titleKey(a).equals(titleKey(b));
  }

  private static String titleKey(String s) {
    return normalize(comparable(Normalizer.normalize(s, Normalizer.Form.NFC)));
  }

  private static boolean authorRight(Page p, Case c) {
    return authorSet(String.join("; ", p.authors())).equals(authorSet(c.author()));
  }

  private static boolean dateRight(Page p, Case c) {
    return p.published() != null && p.published().startsWith(goldDate(c.date()));
  }

  /**
   * The gold date as YYYY-MM-DD. A few gold dates are mistyped ("2022-29-11", "2022-01.26",
   * "2022-11-1"): the day and month are put back in order when the month cannot be one, dots read
   * as dashes, and a one-digit day or month padded, so that "2022-11-1" no longer matches any day
   * from the 10th to the 19th by prefix.
   */
  static String goldDate(String gold) {
    Matcher m = GOLD_DATE.matcher(gold.strip());
    if (!m.matches()) {
      return gold;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month > 12 && day <= 12) {
      int t = month;
      month = day;
      day = t;
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), month, day);
  }

  private static final Pattern GOLD_DATE =
      Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");

  /** Compares a reading of one page with its gold snippets. */
  public static PageResult score(Case c, Page page) {
    return score(c, page, null);
  }

  /**
   * Compares a reading of one page with its gold snippets and, when {@code articleBody} is not
   * null, its whole body with that text as word 4-gram {@link ShingleMatch shingles}.
   */
  public static PageResult score(Case c, Page page, String articleBody) {
    String body = comparable(page.text());
    List<String> missed = new ArrayList<>();
    for (String w : c.with()) {
      if (!body.contains(comparable(w))) {
        missed.add(w);
      }
    }
    List<String> leaked = new ArrayList<>();
    for (String w : c.without()) {
      if (body.contains(comparable(w))) {
        leaked.add(w);
      }
    }
    ShingleMatch shingles = articleBody == null ? null : ShingleMatch.of(articleBody, page.text());
    return new PageResult(c, page, missed, leaked, shingles);
  }

  /**
   * A text as the scorer compares it: invisible format characters (Unicode category Cf: the soft
   * hyphen, zero-width space, non-joiner and joiner, word joiner, invisible separators, byte-order
   * mark, direction marks) dropped, every run of white space or Unicode space (the no-break space
   * included) one space, the ends stripped. Applied alike to gold snippets and to the body.
   */
  static String comparable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char ch = text.charAt(i);
      if (Character.getType(ch) == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(ch);
    }
    return out.toString();
  }

  /** The pages of the set, in the gold file's order. */
  public static List<Case> cases(Path datasetDir) {
    Path gold = datasetDir.resolve("evaldata.json");
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(gold.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + gold + ": " + e.getMessage(), e);
    }
    List<Case> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> en = it.next();
      JsonNode v = en.getValue();
      out.add(
          new Case(
              en.getKey(),
              v.path("file").asText(),
              strings(v.get("with")),
              strings(v.get("without")),
              present(v.get("title")),
              present(v.get("author")),
              present(v.get("date"))));
    }
    return out;
  }

  /** Reads one page of the set as a raw HTML document, its URL given, its encoding detected. */
  public static RawDocument load(Path datasetDir, Case c) {
    Path path = pagePath(datasetDir, c);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] bytes = in.readAllBytes();
      return new RawDocument(
          Origin.ofPath(path.toString()),
          Format.HTML,
          decode(bytes),
          new GivenMetadata(null, c.url(), null, List.of(), null, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes HTML bytes as browsers do, in short: a byte-order mark, else the charset a meta tag
   * declares near the top, else UTF-8 when the bytes are valid UTF-8, else windows-1252.
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset declared = Charset.forName(m.group(1));
        if (!declared.name().startsWith("UTF-16")) {
          return new String(bytes, declared);
        }
      } catch (IllegalArgumentException e) {
        // an unknown charset name: fall through to detection
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

  private static Path pagePath(Path datasetDir, Case c) {
    return datasetDir.resolve("html").resolve(c.file() + ".gz");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode n : array) {
        if (n.isTextual() && !n.asText().isBlank()) {
          out.add(n.asText());
        }
      }
    }
    return out;
  }

  /** The gold value, or null when the gold has none (JSON null, blank, or the word "null"). */
  private static String present(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText().strip();
    return s.isEmpty() || s.equalsIgnoreCase("null") ? null : s;
  }

  static String normalize(String s) {
    return SPACES
        .matcher(
            s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u201e', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replace('\u00a0', ' '))
        .replaceAll(" ")
        .strip();
  }

  static Set<String> authorSet(String authors) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : AUTHOR_SPLIT.split(normalize(authors))) {
      String x = a.replaceFirst("^(?:von|by)\\s+", "").replaceFirst("[.,:;]+$", "").strip();
      if (!x.isEmpty()) {
        out.add(x);
      }
    }
    return out;
  }
}
