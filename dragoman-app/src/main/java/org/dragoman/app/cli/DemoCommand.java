package org.dragoman.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dragoman demo}: analyze the bundled sample corpus and print a readable summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyze the bundled sample corpus (samples/) and print what was found.")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--samples",
      description = "Sample corpus directory (default: samples/ of the Dragoman checkout).")
  Path samples;

  @Override
  public Integer call() {
    Path dir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(dir)) {
      System.err.println("error: no sample corpus at " + dir);
      return 2;
    }
    List<String> args = new ArrayList<>(List.of("--format", "text"));
    try {
      args.addAll(documentPaths(dir));
    } catch (IOException e) {
      System.err.println("error: cannot list " + dir + ": " + e.getMessage());
      return 2;
    }
    return new CommandLine(new AnalyzeCommand()).execute(args.toArray(String[]::new));
  }

  /** The sample corpus's documents: every entry but the gold annotations and the notes (*.md). */
  static List<String> documentPaths(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> !p.getFileName().toString().equals("gold"))
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }

  static Path defaultSamples() {
    String home = System.getProperty("dragoman.home");
    return Path.of(home == null ? "." : home).resolve("samples");
  }
}
