package org.dragoman.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dragoman.source.Sources;
import org.dragoman.structure.PageReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFiguresTest {
  @TempDir Path dir;

  @Test
  void ratesAndTheRatioComeFromTokensAndSeconds() {
    Throughput ours = new Throughput("ours", 1, 10, 30_000, 2.0, 0.1);
    Throughput two = new Throughput("ours", 2, 20, 60_000, 2.5, 0.2);
    Throughput corenlp = new Throughput("corenlp", 1, 2, 3_000, 10.0, 1.0);
    BenchResult r =
        new BenchResult(2, 3_000, ours, two, corenlp, 20.0, 300L << 20, 1500L << 20, 2048L << 20);
    assertThat(ours.tokensPerSecond()).isEqualTo(15_000.0);
    assertThat(corenlp.tokensPerSecond()).isEqualTo(300.0);
    assertThat(r.ratio()).isEqualTo(50.0);
    assertThat(r.table())
        .contains("50.0x")
        .contains("1.60x")
        .contains("300 MB (limit 2048 MB)")
        .contains("1500 MB");
  }

  @Test
  void withoutTheBaselineThereIsNoRatio() {
    Throughput ours = new Throughput("ours", 1, 1, 100, 1.0, 0.0);
    BenchResult r = new BenchResult(1, 100, ours, ours, null, 0, 0, 0, 1);
    assertThat(r.ratio()).isNaN();
    assertThat(r.table()).doesNotContain("ratio");
  }

  @Test
  void tokensAreCountedOnTheBodyWithCoreNlpsTokenizer() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Hello, world. It works.\n");
    BenchCorpus corpus = BenchCorpus.read(List.of(dir), Sources.defaults(), PageReaders.defaults());
    assertThat(corpus.documents()).hasSize(1);
    assertThat(corpus.tokens()).isEqualTo(7); // Hello , world . It works .
  }
}
