package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dragoman.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path dir;

  private Path write(String relative, byte[] bytes) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  @Test
  void walksDirectoriesRecursivelyInPathOrderPassingOverHiddenFiles() throws IOException {
    write("b/page.html", SourceContractTest.resource("page.html"));
    write("a/z-article.txt", SourceContractTest.resource("article.txt"));
    write("a/feed.xml", SourceContractTest.resource("feed-rss.xml"));
    write(".git/HEAD", "ref: refs/heads/main\n".getBytes());
    write("a/.notes.txt", "private".getBytes());

    CollectingSink sink = new CollectingSink();
    new InputWalker().read(List.of(dir), sink);

    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .extracting(d -> dir.relativize(Path.of(d.origin().source())).toString())
        .containsExactly("a/feed.xml", "a/feed.xml", "a/z-article.txt", "b/page.html");
  }

  @Test
  void readAllKeepsTheDocumentsAndOneLinePerError() throws IOException {
    Path article = write("a/article.txt", SourceContractTest.resource("article.txt"));
    Path missing = dir.resolve("missing.txt");

    WalkedDocuments read = new InputWalker().readAll(List.of(article, missing));

    assertThat(read.documents()).extracting(d -> d.origin().source()).hasSize(1);
    assertThat(read.errors()).containsExactly(missing + ": no such file");
  }

  @Test
  void anIgnoreFileListsWhatAWalkPassesOver() throws IOException {
    write("README.md", "# About this corpus".getBytes());
    write("gold/samples.gold.json", "{\"documents\": []}".getBytes());
    write("text/notes.json", "{}".getBytes());
    write("text/report.txt", SourceContractTest.resource("article.txt"));
    write("text/draft.txt", "not yet".getBytes());
    write(InputWalker.IGNORE_FILE, "# not documents\nREADME.md\ngold/\n*.json\n".getBytes());
    write("text/" + InputWalker.IGNORE_FILE, "draft.*\n".getBytes());

    CollectingSink sink = new CollectingSink();
    new InputWalker().read(List.of(dir), sink);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents)
        .extracting(d -> dir.relativize(Path.of(d.origin().source())).toString())
        .containsExactly("text/report.txt");

    // a file named explicitly is read all the same
    CollectingSink explicit = new CollectingSink();
    new InputWalker().read(List.of(dir.resolve("README.md")), explicit);
    assertThat(explicit.documents).hasSize(1);
  }

  @Test
  void eachBadFileIsOneErrorAndTheOthersAreRead() throws IOException {
    Path good = write("good.txt", SourceContractTest.resource("article.txt"));
    Path empty = write("empty.txt", new byte[0]);
    Path png = write("logo.txt", TextSourceTest.PNG_BYTES);
    Path missing = dir.resolve("missing.txt");

    CollectingSink sink = new CollectingSink();
    new InputWalker().read(List.of(empty, missing, png, good), sink);

    assertThat(sink.documents).extracting(RawDocument::content).hasSize(1);
    assertThat(sink.errors)
        .containsExactly(
            empty + ": empty file",
            missing + ": no such file",
            png + ": binary file (PNG image), not text");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithItsSizeAndTheLimit() throws IOException {
    Path big = dir.resolve("big.html");
    byte[] block = new byte[1024 * 1024];
    Arrays.fill(block, (byte) 'a');
    byte[] start = "<html><body><p>".getBytes();
    System.arraycopy(start, 0, block, 0, start.length);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50; i++) {
        out.write(block);
        Arrays.fill(block, 0, start.length, (byte) 'a');
      }
    }
    CollectingSink sink = new CollectingSink();
    new InputWalker().read(List.of(big), sink);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.errors)
        .containsExactly(big + ": too large: 50.0 MB exceeds the limit of 10.0 MB");
  }

  @Test
  void theLimitIsConfigurable() throws IOException {
    Path article = write("article.txt", SourceContractTest.resource("article.txt"));
    CollectingSink sink = new CollectingSink();
    new InputWalker(Sources.defaults(512)).read(List.of(article), sink);
    assertThat(sink.errors).singleElement().asString().contains("too large", "limit of 0.0 MB");
  }
}
