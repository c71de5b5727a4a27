package org.dragoman.record.quote;

import java.util.List;
import org.dragoman.model.EntityType;
import org.dragoman.model.Quote;

/**
 * What the tests of the speaker rules share: the attribution extractor (so each also passes the
 * {@link QuoteExtractorContractTest} contract), a run over invented text with given entities, and
 * the speaker of the quote over a part of the text.
 */
abstract class SpeakerRulesTestBase extends QuoteExtractorContractTest {
  static final QuoteExtractor EXTRACTOR = new AttributionQuoteExtractor();

  @Override
  protected QuoteExtractor extractor() {
    return EXTRACTOR;
  }

  /** The quotes of {@code text}, with entities given as {@link #entities} specs. */
  static List<Quote> run(String text, Object[]... entities) {
    return EXTRACTOR.extract(
        page(text), language().annotate(text), entities(text, entities), List.of());
  }

  /** The speaker's name of the first quote over {@code part}, or null; fails when none is. */
  static String speakerOf(List<Quote> quotes, String text, String part) {
    int s = text.indexOf(part);
    int e = s + part.length();
    Quote q =
        quotes.stream()
            .filter(x -> x.start() < e && s < x.end())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no quote over '" + part + "' in " + quotes));
    return q.speaker() == null ? null : q.speaker().name();
  }

  /** An entity spec for a person with these aliases. */
  static Object[] person(String name, String... aliases) {
    Object[] spec = new Object[3 + aliases.length];
    spec[0] = name;
    spec[1] = EntityType.PERSON;
    System.arraycopy(aliases, 0, spec, 3, aliases.length);
    return spec;
  }
}
