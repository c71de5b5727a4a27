package org.dragoman.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected scores (eval/regression.json): {@code {suite: {"task.metric": value}}}, in the
 * spirit of Anserini's regression files. Values keep four decimals.
 *
 * @param suites expected figures per suite, in file order
 */
public record RegressionFile(Map<String, Map<String, Double>> suites) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public RegressionFile {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    suites.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    suites = Collections.unmodifiableMap(copy);
  }

  /** The file's figures, or none when it does not exist; a malformed file is a one-line error. */
  public static RegressionFile read(Path path) {
    if (!Files.exists(path)) {
      return new RegressionFile(Map.of());
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(path.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(path + ": not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(path + ": expected {suite: {\"task.metric\": value}}");
    }
    Map<String, Map<String, Double>> suites = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> suite = it.next();
      if (suite.getKey().startsWith("_")) {
        continue; // comments such as "_about"
      }
      Map<String, Double> figures = new LinkedHashMap<>();
      suite
          .getValue()
          .fields()
          .forEachRemaining(
              f -> {
                if (!f.getValue().isNumber()) {
                  throw new IllegalArgumentException(
                      path + ": " + suite.getKey() + "." + f.getKey() + " is not a number");
                }
                figures.put(f.getKey(), f.getValue().asDouble());
              });
      suites.put(suite.getKey(), figures);
    }
    return new RegressionFile(suites);
  }

  /** The expected figures of one suite, or null when the file has none. */
  public Map<String, Double> suite(String name) {
    return suites.get(name);
  }

  /** This file with the given suites' figures replaced by those measured. */
  public RegressionFile with(List<EvalReport> reports) {
    Map<String, Map<String, Double>> next = new LinkedHashMap<>(suites);
    for (EvalReport r : reports) {
      Map<String, Double> figures = new LinkedHashMap<>();
      r.scores().forEach(s -> figures.put(s.key(), round(s.value())));
      next.put(r.suite(), figures);
    }
    return new RegressionFile(next);
  }

  public void write(Path path) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put(
        "_about",
        "Expected scores: dragoman eval --check compares a run with them, RegressionTest fails when"
            + " one drops by more than 0.005; rewrite with dragoman eval --suite all"
            + " --update-regression.");
    suites.forEach(
        (suite, figures) -> {
          ObjectNode s = root.putObject(suite);
          figures.forEach(
              (k, v) -> s.put(k, BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP)));
        });
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, MAPPER.writer(printer).writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write: " + e.getMessage(), e);
    }
  }

  static double round(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
