package org.dragoman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @Test
  void demoReadsTheSampleDocumentsButNotTheGoldOrTheNotes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("gold"));
    Files.writeString(dir.resolve("README.md"), "notes");
    Files.writeString(dir.resolve("text/a.txt"), "A document.");

    assertThat(DemoCommand.documentPaths(dir)).containsExactly(dir.resolve("text").toString());
  }

  @Test
  void theBundledSamplesHaveEveryFormat() throws IOException {
    Path samples = Path.of(System.getProperty("dragoman.repo", "..")).resolve("samples");
    assertThat(DemoCommand.documentPaths(samples))
        .extracting(p -> Path.of(p).getFileName().toString())
        .containsExactly("feeds", "html", "jsonl", "text", "warc");
  }
}
