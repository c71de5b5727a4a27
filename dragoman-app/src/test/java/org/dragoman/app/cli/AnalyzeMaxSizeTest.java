package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeMaxSizeTest {
  @Test
  void aDocumentOverTheLimitIsOneErrorLineAndANonZeroExit(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "The minister said nothing at all. ".repeat(40_000)); // ~1.3 MB
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      code = Main.run("analyze", "--max-size", "1", big.toString());
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(code).isEqualTo(1);
    assertThat(errors.toString(StandardCharsets.UTF_8))
        .contains("big.txt: too large:")
        .contains("analyzed 0 document(s), 1 failure(s)");
  }

  @Test
  void aNonPositiveLimitIsAUsageError() {
    assertThat(Main.run("analyze", "--max-size", "0", "nothing.txt")).isEqualTo(2);
  }
}
