package org.dragoman.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Format;
import org.dragoman.model.RawDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the 945 real gzip-compressed pages of ../shared/data/webpages-dev (any encoding) through
 * the default sources: each must become one HTML document, decoded right, which the gold snippets
 * that must appear in the body show (they are found in the page's text).
 */
class WebpagesDevSourceTest {
  @Test
  void everyRealPageIsReadAndDecoded() throws IOException {
    Path data = Path.of(System.getProperty("dragoman.shared", "../shared"), "data", "webpages-dev");
    Assumptions.assumeTrue(
        Files.isDirectory(data.resolve("html")), "../shared not present: skipping webpages-dev");
    JsonNode gold = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
    Map<String, List<String>> snippets = new HashMap<>();
    gold.forEach(
        page -> {
          List<String> with = new java.util.ArrayList<>();
          page.path("with").forEach(s -> with.add(s.asText()));
          snippets.put(page.path("file").asText(), with);
        });

    CollectingSink sink = new CollectingSink();
    List<Path> files;
    try (var s = Files.list(data.resolve("html"))) {
      files = s.sorted().toList();
    }
    new InputWalker().read(files, sink);

    int found = 0;
    int total = 0;
    int replacement = 0;
    for (RawDocument d : sink.documents) {
      assertThat(d.format()).isEqualTo(Format.HTML);
      String name =
          Path.of(d.origin().source()).getFileName().toString().replaceFirst("\\.gz$", "");
      String text = norm(Jsoup.parse(d.content()).text());
      if (text.indexOf('\uFFFD') >= 0) {
        replacement++;
      }
      for (String snippet : snippets.getOrDefault(name, List.of())) {
        total++;
        if (text.contains(norm(snippet))) {
          found++;
        }
      }
    }
    System.out.printf(
        "webpages-dev: %d files, %d documents, %d errors %s, %d with U+FFFD, snippets %d/%d%n",
        files.size(),
        sink.documents.size(),
        sink.errors.size(),
        sink.errors,
        replacement,
        found,
        total);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.documents).hasSize(files.size());
    assertThat((double) found / total).isGreaterThan(0.97);
  }

  private static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }
}
