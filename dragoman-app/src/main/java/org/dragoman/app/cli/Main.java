package org.dragoman.app.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dragoman} command. */
@Command(
    name = "dragoman",
    mixinStandardHelpOptions = true,
    version = "dragoman 0.1.0",
    description = "Who said what, to whom, when, reported by whom: news intelligence.",
    subcommands = {
      AnalyzeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
