package org.dragoman.record.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.language.CoreNlpLanguageAnalyzer;
import org.dragoman.language.LanguageAnalyzer;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Citation;
import org.dragoman.model.CitationKind;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Page;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EntityExtractor} must do, whatever its method. An implementation's test extends
 * this class and supplies the extractor; the article is a small original news text with people,
 * places, organizations, pronouns and a cited source.
 */
public abstract class EntityExtractorContractTest {
  protected static final LanguageAnalyzer NLP = CoreNlpLanguageAnalyzer.shared();

  protected abstract EntityExtractor extractor();

  /** A page whose body is {@code text}, one paragraph block per blank-line-separated part. */
  protected static Page page(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      blocks.add(new Block(BlockKind.PARAGRAPH, start, end));
      start = end + 2;
    }
    return new Page(null, List.of(), null, null, null, null, text, blocks, List.of(), List.of());
  }

  /** A citation of {@code source} written as {@code written} (its first occurrence). */
  protected static Citation citation(String text, String written, String source) {
    int at = text.indexOf(written);
    assertThat(at).as("citation text in the body: " + written).isNotNegative();
    return new Citation(
        "c1", written, at, at + written.length(), source, null, CitationKind.ATTRIBUTION, null);
  }

  protected static String article() {
    try (InputStream in =
        EntityExtractorContractTest.class.getResourceAsStream("contract-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  protected List<Entity> extract(String text, List<Citation> citations) {
    AnnotatedText at = NLP.annotate(text);
    return extractor().extract(page(text), at, citations);
  }

  private List<Entity> articleEntities() {
    String text = article();
    return extract(text, List.of(citation(text, "Interfax, March 3", "Interfax")));
  }

  @Test
  void pronounsAreNeverEntitiesOrMentions() {
    for (Entity e : articleEntities()) {
      assertThat(Words.PRONOUNS).doesNotContain(e.name().toLowerCase(java.util.Locale.ROOT));
      for (Mention m : e.mentions()) {
        assertThat(Words.PRONOUNS)
            .as(e.name())
            .doesNotContain(m.text().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @Test
  void mentionsAreSpansOfTheTextInTextOrder() {
    String text = article();
    for (Entity e : articleEntities()) {
      int last = -1;
      for (Mention m : e.mentions()) {
        assertThat(m.start()).isGreaterThan(last).isLessThan(m.end());
        assertThat(m.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        last = m.start();
      }
    }
  }

  @Test
  void idsFollowTheOrderOfFirstMention() {
    List<Entity> entities = articleEntities();
    assertThat(entities).isNotEmpty();
    int last = -1;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      assertThat(e.id()).isEqualTo("e" + (i + 1));
      if (!e.mentions().isEmpty()) {
        assertThat(e.mentions().get(0).start()).isGreaterThan(last);
        last = e.mentions().get(0).start();
      }
    }
  }

  @Test
  void theCanonicalNameIsTheFullestNameUsed() {
    for (Entity e : articleEntities()) {
      for (String alias : e.aliases()) {
        assertThat(alias.length() > e.name().length() && alias.contains(e.name()))
            .as(e.name() + " is a short form of its alias " + alias)
            .isFalse();
      }
      assertThat(e.aliases()).doesNotContain(e.name());
    }
    Entity minister = byName(articleEntities(), "Erlan Abenov");
    assertThat(minister.type()).isEqualTo(EntityType.PERSON);
    assertThat(minister.aliases()).contains("Abenov");
  }

  @Test
  void oneEntityPerReferent() {
    List<Entity> entities = articleEntities();
    assertThat(entities.stream().map(e -> e.type() + ":" + e.name()).distinct().count())
        .isEqualTo(entities.size());
    assertThat(entities.stream().filter(e -> e.name().contains("Abenov"))).hasSize(1);
  }

  @Test
  void everyCitedSourceIsAnOrganization() {
    assertThat(byName(articleEntities(), "Interfax").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void deterministic() {
    assertThat(articleEntities()).isEqualTo(articleEntities());
  }

  @Test
  void emptyBodyHasNoEntities() {
    assertThat(extract("", List.of())).isEmpty();
  }

  protected static Entity byName(List<Entity> entities, String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + names(entities)));
  }

  protected static List<String> names(List<Entity> entities) {
    return entities.stream().map(e -> e.name() + "/" + e.type()).toList();
  }
}
