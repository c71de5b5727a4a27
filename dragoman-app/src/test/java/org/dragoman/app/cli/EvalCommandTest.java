package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command's argument handling; bad input fails before any model is loaded. */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void aGoldFileNamesItsSuite() {
    assertThat(EvalCommand.suiteName(Path.of("x/seeds.gold.json"))).isEqualTo("seeds");
    assertThat(EvalCommand.suiteName(Path.of("mine.json"))).isEqualTo("mine");
  }

  @Test
  void anUnknownSuiteIsAOneLineError() {
    String err = stderrOf("eval", "--suite", "nonesuch");
    assertThat(err).startsWith("error: unknown suite nonesuch").contains("seeds");
  }

  @Test
  void aBrokenGoldFileIsAOneLineError() throws IOException {
    Path gold = Files.writeString(dir.resolve("bad.gold.json"), "{\"documents\": 3}");
    String err = stderrOf("eval", "--gold", gold.toString());
    assertThat(err.strip()).startsWith("error: ").contains("bad.gold.json").doesNotContain("\n");
  }

  private static String stderrOf(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run(args)).isEqualTo(2);
    } finally {
      System.setErr(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
