package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dragoman analyze DIR} with one good file among bad ones: one error line per bad file. */
class AnalyzeCommandBadInputTest {
  @TempDir Path dir;

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        AnalyzeCommandBadInputTest.class.getResourceAsStream("/formats/" + name)) {
      assertThat(in).as("core test fixture formats/" + name).isNotNull();
      return in.readAllBytes();
    }
  }

  private String error(String file, String cause) {
    return "error: " + dir.resolve(file) + ": " + cause;
  }

  @Test
  void eachBadFileIsOneErrorLineAndTheGoodOnesAreStillAnalyzed() throws IOException {
    Files.write(dir.resolve("good.txt"), fixture("article.txt"));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(
        dir.resolve("logo.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    Files.writeString(
        dir.resolve("feed.xml"),
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
            + "<item><title>Unclosed</title></channel></rss>\n");
    Files.write(
        dir.resolve("notes.txt.gz"),
        new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p', 0x11});
    byte[] warc = fixture("archive.warc.gz");
    Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length * 8 / 10));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run("analyze", dir.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }

    List<String> errors =
        err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("error: ")).toList();
    // one line per bad file, in path order, each naming the file and the cause
    assertThat(errors).hasSize(5);
    assertThat(errors.get(0)).startsWith(error("cut.warc.gz", "truncated WARC after 4 records ("));
    assertThat(errors.get(1)).isEqualTo(error("empty.txt", "empty file"));
    assertThat(errors.get(2)).startsWith(error("feed.xml", "invalid feed XML: Error on line 3"));
    assertThat(errors.get(3)).isEqualTo(error("logo.png", "binary file (PNG image), not text"));
    assertThat(errors.get(4)).startsWith(error("notes.txt.gz", "")).contains("corrupt gzip");

    List<String> records = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(records).hasSize(2); // the good text, and the page read before the WARC damage
    assertThat(records.get(0)).contains("\"source\":\"" + dir.resolve("cut.warc.gz"));
    assertThat(records.get(1)).contains("\"source\":\"" + dir.resolve("good.txt"));
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("analyzed 2 document(s), 5 failure(s)");
    assertThat(code).isNotZero();
  }
}
