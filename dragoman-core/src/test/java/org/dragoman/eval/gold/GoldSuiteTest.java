package org.dragoman.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.analysis.Analyzer;
import org.dragoman.eval.EvalContext;
import org.dragoman.eval.EvalSuite;
import org.dragoman.eval.EvalSuiteContractTest;
import org.dragoman.model.AnnotatedText;
import org.dragoman.record.date.Dating;
import org.dragoman.structure.PageReaders;
import org.junit.jupiter.api.Test;

/**
 * A gold suite on the tiny gold file, with a pipeline of the real structure stage and no language
 * or record stages (so the suite is tested without loading CoreNLP).
 */
class GoldSuiteTest extends EvalSuiteContractTest {
  static EvalContext structureOnly() {
    Analyzer analyzer =
        new Analyzer(
            PageReaders.defaults(),
            text -> new AnnotatedText(text, List.of(), List.of()),
            (page, annotated) -> new Dating(List.of(), page.published(), page.publishedEvidence()),
            (page, annotated, citations) -> List.of(),
            (page, annotated, dating) -> List.of(),
            (page, annotated, entities, citations) -> List.of());
    return new EvalContext(
        GoldScorerTest.tinyGold().getParent(),
        GoldScorerTest.tinyGold().getParent(),
        () -> analyzer);
  }

  @Test
  void verboseRunsListWhatTheStructureOnlyPipelineMissed() {
    List<String> failures = new ArrayList<>();
    suite().run(failures::add);
    assertThat(failures)
        .anySatisfy(f -> assertThat(f).startsWith("entities").contains("Ana Kovac (PERSON)"))
        .anySatisfy(f -> assertThat(f).startsWith("attribution").contains("balanced and fair"));
  }

  @Override
  protected EvalSuite suite() {
    return new GoldSuite("tiny", GoldScorerTest.tinyGold(), structureOnly());
  }

  @Override
  protected EvalSuite suiteWithoutData() {
    return new GoldSuite(
        "tiny", GoldScorerTest.tinyGold().resolveSibling("absent.gold.json"), structureOnly());
  }
}
