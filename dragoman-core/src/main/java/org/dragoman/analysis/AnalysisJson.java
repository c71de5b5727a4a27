package org.dragoman.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.dragoman.model.Analysis;

/** The analysis contract's JSON form: snake_case names, one object per document. */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON Lines. */
  public static String toLine(Analysis analysis) {
    try {
      return MAPPER.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize analysis " + analysis.id(), e);
    }
  }

  public static Analysis fromLine(String line) {
    try {
      return MAPPER.readValue(line, Analysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an analysis: " + e.getOriginalMessage(), e);
    }
  }
}
