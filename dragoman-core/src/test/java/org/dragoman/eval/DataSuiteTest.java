package org.dragoman.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** A data suite over a tiny file: the share of its lines that are not blank. */
class DataSuiteTest extends EvalSuiteContractTest {
  @TempDir Path dir;

  static EvalReport nonBlankLines(Path data) {
    try {
      List<String> lines = Files.readAllLines(data);
      int filled = (int) lines.stream().filter(l -> !l.isBlank()).count();
      // named differently on purpose: the suite gives the report its own name
      return new EvalReport(
          "other", List.of(Score.of("lines", "accuracy", filled, lines.size())), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected EvalSuite suite() {
    try {
      Path data = Files.writeString(dir.resolve("data.txt"), "one\n\nthree\n");
      return DataSuite.of("tiny-data", data, DataSuiteTest::nonBlankLines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected EvalSuite suiteWithoutData() {
    return DataSuite.of("tiny-data", dir.resolve("absent"), DataSuiteTest::nonBlankLines);
  }
}
