package org.dragoman.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    return new CommandLine(new AnalyzeCommand()).execute("--format", "text", dir.toString());
  }

  static Path defaultSamples() {
    String home = System.getProperty("dragoman.home");
    return Path.of(home == null ? "." : home).resolve("samples");
  }
}
