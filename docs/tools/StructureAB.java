import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares the structure stage of two Dragoman builds on one machine at one time: each build (a
 * directory holding dragoman-app.jar and its lib/) is loaded in its own class loader in one JVM,
 * and their timed rounds over the same HTML pages alternate (A B, B A, A B...), so that a burst of
 * load on a shared host slows both alike. Prints each round's pages per CPU-second of the measuring
 * thread, each build's median, and the median of the per-round ratios B/A, the figure to trust on
 * a noisy machine.
 *
 * <p>Run with the JDK alone (no build needed): {@code java docs/tools/StructureAB.java
 * ../shared/data/webpages-dev/html 12 /tmp/old /tmp/new}, after copying each build's
 * dragoman-app/target/dragoman-app.jar and dragoman-app/target/lib into /tmp/old and /tmp/new.
 */
public class StructureAB {
  private static final int WARM_UP_ROUNDS = 6;

  /** One build's page reader and the pages it read, all through its own class loader. */
  private record Build(String name, Object reader, Method read, Method text, List<Object> pages) {
    long readAll() throws Exception {
      long length = 0;
      for (Object page : pages) {
        length += ((String) text.invoke(read.invoke(reader, page))).length();
      }
      return length;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: java StructureAB.java PAGES_DIR ROUNDS BUILD_A_DIR BUILD_B_DIR");
      System.exit(2);
    }
    Path pages = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Build> builds = List.of(load(Path.of(args[2]), pages), load(Path.of(args[3]), pages));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
    long sink = 0;
    for (int r = -WARM_UP_ROUNDS; r < rounds; r++) {
      StringBuilder line = new StringBuilder(r < 0 ? "warm-up" : "round " + r);
      for (int k = 0; k < 2; k++) {
        int b = (r & 1) == 0 ? k : 1 - k;
        long start = threads.getCurrentThreadCpuTime();
        sink += builds.get(b).readAll();
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double rate = builds.get(b).pages().size() / seconds;
        if (r >= 0) {
          rates.get(b).add(rate);
        }
        line.append(String.format(Locale.ROOT, "  %s %.1f", builds.get(b).name(), rate));
      }
      System.out.println(line);
    }
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      ratios.add(rates.get(1).get(r) / rates.get(0).get(r));
    }
    for (int b = 0; b < 2; b++) {
      System.out.printf(
          Locale.ROOT,
          "%s: median %.1f pages/CPU-s over %d rounds (slowest %.1f, fastest %.1f)%n",
          builds.get(b).name(),
          median(rates.get(b)),
          rounds,
          Collections.min(rates.get(b)),
          Collections.max(rates.get(b)));
    }
    System.out.printf(
        Locale.ROOT,
        "%s / %s per round: median %.3f (lowest %.3f, highest %.3f)%n",
        builds.get(1).name(),
        builds.get(0).name(),
        median(ratios),
        Collections.min(ratios),
        Collections.max(ratios));
    if (sink < 0) {
      throw new IllegalStateException("unreachable");
    }
  }

  private static Build load(Path dir, Path pages) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(dir.resolve("dragoman-app.jar").toUri().toURL());
    try (Stream<Path> libs = Files.list(dir.resolve("lib"))) {
      for (Path lib : libs.sorted().toList()) {
        urls.add(lib.toUri().toURL());
      }
    }
    ClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    Class<?> sources = loader.loadClass("org.dragoman.source.Sources");
    Object defaults = sources.getMethod("defaults").invoke(null);
    Class<?> walkerClass = loader.loadClass("org.dragoman.source.InputWalker");
    Object walker = walkerClass.getConstructor(sources).newInstance(defaults);
    Object walked = walkerClass.getMethod("readAll", List.class).invoke(walker, List.of(pages));
    Class<?> raw = loader.loadClass("org.dragoman.model.RawDocument");
    Method format = raw.getMethod("format");
    List<Object> html = new ArrayList<>();
    for (Object document : (List<?>) walked.getClass().getMethod("documents").invoke(walked)) {
      if (format.invoke(document).toString().equals("HTML")) {
        html.add(document);
      }
    }
    Class<?> readers = loader.loadClass("org.dragoman.structure.PageReaders");
    Object reader = readers.getMethod("defaults").invoke(null);
    Method read = loader.loadClass("org.dragoman.structure.PageReader").getMethod("read", raw);
    Method text = loader.loadClass("org.dragoman.model.Page").getMethod("text");
    return new Build(dir.getFileName().toString(), reader, read, text, html);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
