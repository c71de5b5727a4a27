package org.dragoman.eval.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dragoman.analysis.Analyzer;
import org.dragoman.eval.EvalReport;
import org.dragoman.eval.Score;
import org.dragoman.model.Analysis;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Format;
import org.dragoman.model.Mention;
import org.dragoman.model.Origin;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.dragoman.model.RawDocument;
import org.dragoman.model.Span;

/**
 * Scores quote attribution on PolNeAR (text/NAME.txt with attributions/NAME_ANNOTATOR.ann; the
 * first annotator's file by name is used for an article annotated more than once). Each article's
 * file content is analyzed as the page text, unchanged, so that gold offsets hold.
 *
 * <ul>
 *   <li>content recall: gold attributions whose content overlaps a predicted quote, also for
 *       contents with quotation marks (any double mark, also the doubled apostrophes of archived
 *       newspaper text) and without;
 *   <li>content precision: predicted quotes overlapping some gold content;
 *   <li>speaker accuracy over found attributions: the predicted speaker's name shares a token with
 *       the gold source's proper name; a personal pronoun source is replaced by the nearest earlier
 *       gold source naming a person, a relative pronoun ("who", "which") by the name right before
 *       it (its antecedent; none when that is a common noun phrase); sources with no name to
 *       compare (groups, "they", "it") are left out of the count and reported in the notes. Also
 *       for named sources only: not pronouns, and not descriptions ("the Vermont senator", "a
 *       Democratic strategist", which count overall, right when the predicted person holds that
 *       role). A capitalized word that only opens the sentence ("Several", "Investors") is no name;
 *       a name matches its initials ("AP", "Associated Press").
 * </ul>
 *
 * <p>A gold attribution is matched by the predicted quote that overlaps its content most (the first
 * among equals). Of nested predictions ("Manafort acknowledged that X, the Post reported": the
 * Post's statement contains Manafort's), which overlap an inner content (nearly) equally, the one
 * that fits the content best is matched: the most characters inside the content less the predicted
 * characters outside it. So the inner statement is matched for the inner gold content ("that X")
 * and its container for the outer one.
 */
public final class PolnearEvaluation {
  public static final String SUITE = "polnear-train";

  private PolnearEvaluation() {}

  /** Counts accumulated over the articles. */
  private static final class Tally {
    int gold;
    int found;
    int goldQuoted;
    int foundQuoted;
    int goldUnquoted;
    int foundUnquoted;
    int predicted;
    int predictedRight;
    int speakerTotal;
    int speakerRight;
    int namedTotal;
    int namedRight;
    int quotedSpeakerTotal;
    int quotedSpeakerRight;
    int unquotedSpeakerTotal;
    int unquotedSpeakerRight;
    int noSource;
    int noName;
    int described;
    int articles;

    /** Adds the counts of {@code other} to these. */
    void add(Tally other) {
      gold += other.gold;
      found += other.found;
      goldQuoted += other.goldQuoted;
      foundQuoted += other.foundQuoted;
      goldUnquoted += other.goldUnquoted;
      foundUnquoted += other.foundUnquoted;
      predicted += other.predicted;
      predictedRight += other.predictedRight;
      speakerTotal += other.speakerTotal;
      speakerRight += other.speakerRight;
      namedTotal += other.namedTotal;
      namedRight += other.namedRight;
      quotedSpeakerTotal += other.quotedSpeakerTotal;
      quotedSpeakerRight += other.quotedSpeakerRight;
      unquotedSpeakerTotal += other.unquotedSpeakerTotal;
      unquotedSpeakerRight += other.unquotedSpeakerRight;
      noSource += other.noSource;
      noName += other.noName;
      described += other.described;
      articles += other.articles;
    }
  }

  /**
   * Analyzes {@code sample} articles of {@code dir} spread evenly over the name order (so over
   * every publisher; all when {@code sample <= 0}), and scores them.
   */
  public static EvalReport evaluate(Path dir, Analyzer analyzer, int sample) {
    return evaluate(dir, analyzer, sample, line -> {});
  }

  /** As {@link #evaluate(Path, Analyzer, int)}, telling {@code misses} each error found. */
  public static EvalReport evaluate(
      Path dir, Analyzer analyzer, int sample, Consumer<String> misses) {
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IllegalArgumentException(
          dir + " is not a PolNeAR folder (needs text/ and attributions/)");
    }
    List<Path> annFiles;
    try (Stream<Path> s = Files.list(annDir)) {
      annFiles = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + annDir + ": " + e.getMessage(), e);
    }
    List<Path> firstAnnotator = new ArrayList<>();
    String previousArticle = null;
    for (Path ann : annFiles) {
      String article = articleOf(ann);
      if (!article.equals(previousArticle)) {
        firstAnnotator.add(ann); // a later file of the same article is another annotator's
      }
      previousArticle = article;
    }
    List<Path> chosen = spread(firstAnnotator, sample);
    List<String> notes = new ArrayList<>();
    Tally t = new Tally();
    Map<String, Tally> byPublisher = new TreeMap<>();
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, new EvalThreads());
    try {
      List<Future<Scored>> futures = new ArrayList<>();
      for (Path ann : chosen) {
        futures.add(pool.submit(() -> analyze(ann, textDir, analyzer)));
      }
      for (int i = 0; i < chosen.size(); i++) {
        String name = chosen.get(i).getFileName().toString();
        Scored scored;
        try {
          scored = futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          notes.add(name + ": " + (cause == null ? e : cause).getMessage());
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while scoring PolNeAR", e);
        }
        if (scored.problem() != null) {
          notes.add(scored.problem());
          continue;
        }
        String article = articleOf(chosen.get(i));
        Tally publisher = byPublisher.computeIfAbsent(publisherOf(article), k -> new Tally());
        score(article, scored.text(), scored.gold(), scored.analysis(), publisher, misses);
        publisher.articles++;
      }
    } finally {
      pool.shutdownNow();
    }
    byPublisher.values().forEach(t::add);
    List<Score> scores =
        List.of(
            Score.of("attribution-content", "recall", t.found, t.gold),
            Score.of("attribution-content-quoted", "recall", t.foundQuoted, t.goldQuoted),
            Score.of("attribution-content-unquoted", "recall", t.foundUnquoted, t.goldUnquoted),
            Score.of("attribution-content", "precision", t.predictedRight, t.predicted),
            Score.of("attribution-speaker", "accuracy", t.speakerRight, t.speakerTotal),
            Score.of("attribution-speaker-named", "accuracy", t.namedRight, t.namedTotal),
            Score.of(
                "attribution-speaker-quoted",
                "accuracy",
                t.quotedSpeakerRight,
                t.quotedSpeakerTotal),
            Score.of(
                "attribution-speaker-unquoted",
                "accuracy",
                t.unquotedSpeakerRight,
                t.unquotedSpeakerTotal));
    notes.add(
        0, t.articles + " articles spread over the publishers, first annotator's file per article");
    notes.add(
        1,
        String.format(
            Locale.ROOT,
            "speaker not scored for %d found attributions: %d with no source, %d with no name"
                + " (groups, it/they/we, unresolved pronouns); %d described sources"
                + " (\"the Vermont senator\") scored overall but not as named",
            t.noSource + t.noName,
            t.noSource,
            t.noName,
            t.described));
    for (Map.Entry<String, Tally> e : byPublisher.entrySet()) {
      Tally p = e.getValue();
      notes.add(
          String.format(
              Locale.ROOT,
              "%-13s %3d articles: found %.3f, precision %.3f, speaker %.3f, named %.3f",
              e.getKey(),
              p.articles,
              ratio(p.found, p.gold),
              ratio(p.predictedRight, p.predicted),
              ratio(p.speakerRight, p.speakerTotal),
              ratio(p.namedRight, p.namedTotal)));
    }
    return new EvalReport(SUITE, scores, notes);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** One article's text, gold and analysis, or the problem that stopped it. */
  private record Scored(
      String text, List<BratAttribution> gold, Analysis analysis, String problem) {}

  private static Scored analyze(Path ann, Path textDir, Analyzer analyzer) {
    String name = ann.getFileName().toString();
    Path textFile = textDir.resolve(articleOf(ann) + ".txt");
    if (!Files.isRegularFile(textFile)) {
      return new Scored(null, null, null, "no text for " + name);
    }
    try {
      String content = Files.readString(textFile, StandardCharsets.UTF_8);
      List<BratAttribution> gold = BratReader.read(ann, content.length());
      RawDocument raw =
          new RawDocument(Origin.ofPath(textFile.toString()), Format.TEXT, content, null);
      Page page =
          new Page(
              null, List.of(), null, null, null, null, content, List.of(), List.of(), List.of());
      return new Scored(content, gold, analyzer.analyzePage(raw, page), null);
    } catch (IOException | IllegalArgumentException e) {
      return new Scored(null, null, null, name + ": " + e.getMessage());
    }
  }

  private static String articleOf(Path ann) {
    String name = ann.getFileName().toString();
    return name.substring(0, name.lastIndexOf('_'));
  }

  /** The publisher prefix of an article name ({@code wash-post_2016-...}). */
  static String publisherOf(String article) {
    int underscore = article.indexOf('_');
    return underscore < 0 ? article : article.substring(0, underscore);
  }

  /** {@code sample} items evenly spaced over {@code items} (all of them when sample <= 0). */
  static <T> List<T> spread(List<T> items, int sample) {
    if (sample <= 0 || sample >= items.size()) {
      return items;
    }
    List<T> picked = new ArrayList<>(sample);
    for (int i = 0; i < sample; i++) {
      picked.add(items.get((int) ((long) i * items.size() / sample)));
    }
    return picked;
  }

  /** Daemon threads named polnear-eval-N. */
  private static final class EvalThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "polnear-eval-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  private static void score(
      String article,
      String text,
      List<BratAttribution> gold,
      Analysis a,
      Tally t,
      Consumer<String> misses) {
    List<Span> personSpans = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          personSpans.add(m.span());
        }
      }
    }
    List<BratSpan> sources =
        gold.stream()
            .map(BratAttribution::source)
            .filter(s -> s != null)
            .sorted(Comparator.comparingInt(BratSpan::start))
            .toList();
    Set<String> lowerWords = SourceNames.lowerCaseWords(text);
    for (Quote q : a.quotes()) {
      t.predicted++;
      if (gold.stream().anyMatch(g -> g.content().overlaps(q.span()))) {
        t.predictedRight++;
      }
    }
    for (BratAttribution g : gold) {
      boolean quoted = g.content().textIn(text).matches("(?s).*([\"“”«»„]|''|``).*");
      Quote best = bestOverlap(g.content(), a.quotes());
      t.gold++;
      if (quoted) {
        t.goldQuoted++;
      } else {
        t.goldUnquoted++;
      }
      if (best == null) {
        misses.accept(
            article
                + "\tMISSED\t"
                + (quoted ? "quoted" : "unquoted")
                + "\t"
                + (g.cue() == null ? "" : g.cue().textIn(text))
                + "\t"
                + oneLine(g.content().textIn(text)));
        continue;
      }
      t.found++;
      if (quoted) {
        t.foundQuoted++;
      } else {
        t.foundUnquoted++;
      }
      if (g.source() == null) {
        t.noSource++;
        continue;
      }
      String sourceText = g.source().textIn(text);
      boolean relative = RelativeAntecedent.isRelative(sourceText);
      boolean pronoun = relative || SourceNames.isPersonPronoun(sourceText);
      boolean description = !pronoun && SourceNames.isDescription(sourceText);
      boolean named = !pronoun && !description;
      List<String> name = List.of();
      if (relative) {
        // "Harry Reid, who said": the antecedent right before the pronoun, never a person elsewhere
        String antecedent = RelativeAntecedent.of(text, g.source().start());
        if (antecedent != null) {
          name = SourceNames.properTokens(antecedent);
        }
      } else if (!pronoun && !SourceNames.isOtherPronoun(sourceText)) {
        name = SourceNames.properTokens(sourceText, g.source().start(), text, lowerWords);
      } else if (pronoun) {
        BratSpan antecedent = antecedent(g.source(), sources, text, personSpans);
        if (antecedent != null) {
          name = SourceNames.properTokens(antecedent.textIn(text));
        }
      }
      if (name.isEmpty()) {
        t.noName++;
        continue;
      }
      boolean right =
          SourceNames.matches(name, best.speaker() == null ? null : best.speaker().name())
              || description && holdsRole(best, sourceText, name, a.entities());
      if (description) {
        t.described++;
      }
      t.speakerTotal++;
      t.speakerRight += right ? 1 : 0;
      if (!right) {
        misses.accept(
            article
                + "\tSPEAKER\t"
                + (quoted ? "quoted" : "unquoted")
                + (pronoun ? " pronoun" : description ? " described" : " named")
                + "\tgold="
                + sourceText
                + "\t"
                + name
                + "\tpredicted="
                + (best.speaker() == null ? null : best.speaker().name())
                + "\tcue="
                + best.cue()
                + "\t"
                + oneLine(best.text()));
      }
      if (named) {
        t.namedTotal++;
        t.namedRight += right ? 1 : 0;
      }
      if (quoted) {
        t.quotedSpeakerTotal++;
        t.quotedSpeakerRight += right ? 1 : 0;
      } else {
        t.unquotedSpeakerTotal++;
        t.unquotedSpeakerRight += right ? 1 : 0;
      }
    }
  }

  /**
   * A description ("The Supreme Court justice") names the predicted person when that person holds
   * the role: one of its roles has the description's head noun and, if the description has
   * capitalized modifiers, one of them.
   */
  private static boolean holdsRole(
      Quote best, String description, List<String> modifiers, List<Entity> entities) {
    if (best.speaker() == null || best.speaker().entity() == null) {
      return false;
    }
    String head = SourceNames.descriptionHead(description);
    for (Entity e : entities) {
      if (!e.id().equals(best.speaker().entity()) || e.type() != EntityType.PERSON) {
        continue;
      }
      for (String role : e.roles()) {
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains(head) && (modifiers.isEmpty() || modifiers.stream().anyMatch(r::contains))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String oneLine(String s) {
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }

  /** The nearest earlier gold source that names a person (not a pronoun). */
  private static BratSpan antecedent(
      BratSpan pronoun, List<BratSpan> sources, String text, List<Span> persons) {
    BratSpan pick = null;
    for (BratSpan s : sources) {
      if (s.start() >= pronoun.start()) {
        break;
      }
      String st = s.textIn(text);
      if (SourceNames.isPersonPronoun(st)
          || SourceNames.isOtherPronoun(st)
          || RelativeAntecedent.isRelative(st)) {
        continue;
      }
      boolean person =
          st.matches("(?s)(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.? .*")
              || persons.stream().anyMatch(p -> s.overlaps(p));
      if (person && !SourceNames.properTokens(st).isEmpty()) {
        pick = s;
      }
    }
    return pick;
  }

  /**
   * The predicted quote that overlaps the gold content most (the first among equals), or null when
   * none does; but when another prediction nested with it (inside it or around it) fits the content
   * better, that one: the most overlap less the predicted text outside the content. So of a
   * statement and the outer statement containing it, the inner one is matched for an inner gold
   * content ("that X", where the container also covers "that") and the container for the outer one.
   */
  static Quote bestOverlap(BratSpan content, List<Quote> quotes) {
    Quote most = null;
    int mostOverlap = 0;
    for (Quote q : quotes) {
      int overlap = overlap(content, q);
      if (overlap > mostOverlap) {
        most = q;
        mostOverlap = overlap;
      }
    }
    if (most == null) {
      return null;
    }
    Quote best = most;
    int bestFit = fit(content, most);
    for (Quote q : quotes) {
      boolean nested = most.span().contains(q.span()) || q.span().contains(most.span());
      if (q != most && nested && overlap(content, q) > 0 && fit(content, q) > bestFit) {
        best = q;
        bestFit = fit(content, q);
      }
    }
    return best;
  }

  private static int overlap(BratSpan content, Quote q) {
    int overlap = 0;
    for (Span f : content.fragments()) {
      overlap += Math.max(0, Math.min(f.end(), q.end()) - Math.max(f.start(), q.start()));
    }
    return overlap;
  }

  /** Characters of the content the quote covers less its characters outside the content. */
  private static int fit(BratSpan content, Quote q) {
    int overlap = overlap(content, q);
    return overlap - (q.end() - q.start() - overlap);
  }
}
