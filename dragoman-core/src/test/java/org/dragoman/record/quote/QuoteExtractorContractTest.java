package org.dragoman.record.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dragoman.language.CoreNlpLanguageAnalyzer;
import org.dragoman.language.LanguageAnalyzer;
import org.dragoman.model.AnnotatedText;
import org.dragoman.model.Block;
import org.dragoman.model.BlockKind;
import org.dragoman.model.Citation;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Mention;
import org.dragoman.model.Page;
import org.dragoman.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QuoteExtractor} must do, whatever its method: quotes are spans inside the text
 * whose text matches, sorted, numbered q1, q2, ..., with valid speakers, cues, evidence and
 * confidence, and the same output for the same input. An implementation's test extends this class.
 */
public abstract class QuoteExtractorContractTest {
  private static LanguageAnalyzer language;

  protected abstract QuoteExtractor extractor();

  /** One CoreNLP pipeline for all the tests of a run (loading takes seconds). */
  protected static synchronized LanguageAnalyzer language() {
    if (language == null) {
      language = new CoreNlpLanguageAnalyzer();
    }
    return language;
  }

  /** A page whose paragraphs are separated by blank lines. */
  protected static Page page(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (String para : text.split("\n\n", -1)) {
      if (!para.isBlank()) {
        blocks.add(new Block(BlockKind.PARAGRAPH, start, start + para.length()));
      }
      start += para.length() + 2;
    }
    return new Page(null, List.of(), null, null, null, null, text, blocks, List.of(), List.of());
  }

  /**
   * Entities named by the test itself (independent of the entity stage): each canonical name with
   * its type, role and the other names it goes by; every occurrence becomes a mention.
   */
  protected static List<Entity> entities(String text, Object[]... specs) {
    List<Entity> out = new ArrayList<>();
    for (Object[] spec : specs) {
      String name = (String) spec[0];
      EntityType type = (EntityType) spec[1];
      String role = (String) spec[2];
      List<String> names = new ArrayList<>(List.of(name));
      for (int i = 3; i < spec.length; i++) {
        names.add((String) spec[i]);
      }
      List<Mention> mentions = new ArrayList<>();
      boolean[] taken = new boolean[text.length()];
      for (String n : names) {
        for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
          if (!taken[at]) {
            mentions.add(new Mention(at, at + n.length(), n));
            for (int k = at; k < at + n.length(); k++) {
              taken[k] = true;
            }
          }
        }
      }
      mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
      out.add(
          new Entity(
              "e" + (out.size() + 1),
              name,
              type,
              names.subList(1, names.size()),
              role == null ? List.of() : List.of(role),
              mentions));
    }
    return out;
  }

  protected static String resource(String name) throws IOException {
    try (InputStream in = QuoteExtractorContractTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  protected List<Quote> extract(
      Page page, AnnotatedText annotated, List<Entity> entities, List<Citation> citations) {
    return extractor().extract(page, annotated, entities, citations);
  }

  private String sample() throws IOException {
    return resource("harbour.txt");
  }

  private List<Entity> sampleEntities(String text) {
    return entities(
        text,
        new Object[] {"Maria Fernandez", EntityType.PERSON, "Finance Minister", "Fernandez"},
        new Object[] {"Daniel Okafor", EntityType.PERSON, null, "Okafor"},
        new Object[] {"Meridian Institute", EntityType.ORGANIZATION, null},
        new Object[] {"Port Amalia", EntityType.LOCATION, null});
  }

  private List<Quote> sampleQuotes() throws IOException {
    String text = sample();
    return extract(page(text), language().annotate(text), sampleEntities(text), List.of());
  }

  @Test
  void quotesAreSpansOfTheTextInOrderWithIds() throws IOException {
    String text = sample();
    List<Quote> quotes = sampleQuotes();
    assertThat(quotes).isNotEmpty();
    int last = -1;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertThat(q.id()).isEqualTo("q" + (i + 1));
      assertThat(q.start()).isGreaterThanOrEqualTo(0).isLessThan(q.end());
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      assertThat(q.text()).isEqualTo(text.substring(q.start(), q.end()));
      assertThat(q.start()).isGreaterThanOrEqualTo(last);
      last = q.start();
      assertThat(q.confidence()).isBetween(0.0, 1.0);
      assertThat(q.kind()).isNotNull();
      if (q.cueSpan() != null) {
        assertThat(q.cueSpan().end()).isLessThanOrEqualTo(text.length());
        assertThat(q.cue()).isEqualTo(q.cueSpan().of(text));
      }
      if (q.evidence() != null) {
        assertThat(q.evidence().contains(q.span())).isTrue();
      }
    }
  }

  @Test
  void speakersNameTheirEntityAndNullSpeakersHaveNone() throws IOException {
    String text = sample();
    Map<String, Entity> byId =
        sampleEntities(text).stream().collect(Collectors.toMap(Entity::id, e -> e));
    for (Quote q : sampleQuotes()) {
      if (q.speaker() == null) {
        continue;
      }
      assertThat(q.speaker().name()).isNotBlank();
      if (q.speaker().entity() != null) {
        assertThat(byId).containsKey(q.speaker().entity());
        assertThat(q.speaker().name()).isEqualTo(byId.get(q.speaker().entity()).name());
      }
    }
  }

  @Test
  void sameInputSameOutput() throws IOException {
    assertThat(sampleQuotes()).isEqualTo(sampleQuotes());
  }

  @Test
  void emptyTextHasNoQuotes() {
    assertThat(extract(page(""), language().annotate(""), List.of(), List.of())).isEmpty();
  }
}
