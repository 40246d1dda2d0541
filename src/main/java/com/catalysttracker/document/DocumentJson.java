package com.catalysttracker.document;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the contract: snake_case names, ISO dates ({@code yyyy-MM-dd}), nulls written
 * out so a missing fact is visibly null. Jackson 2, because the Elasticsearch 8.19 client's mapper
 * needs it; one mapper serves the index, the command line and the tests alike.
 */
public final class DocumentJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private DocumentJson() {}

  /** A shared, thread-safe mapper; copy it before reconfiguring. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
