package com.catalysttracker.web;

import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Writes the API's Jackson 2 trees with the contract's mapper. Spring Boot 4's MVC speaks Jackson
 * 3, which would not know these trees nor the contract's snake_case names and ISO dates; the API
 * builds its answers with {@link DocumentJson#mapper()} so documents read exactly as indexed.
 */
final class ContractJsonConverter extends AbstractHttpMessageConverter<JsonNode> {
  /**
   * Amounts read back from Elasticsearch's doubles would print as 3.28E+7; analysts' tools want
   * digits.
   */
  private static final ObjectWriter WRITER =
      DocumentJson.mapper().writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  ContractJsonConverter() {
    super(java.nio.charset.StandardCharsets.UTF_8, MediaType.APPLICATION_JSON);
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return JsonNode.class.isAssignableFrom(clazz);
  }

  @Override
  protected JsonNode readInternal(Class<? extends JsonNode> clazz, HttpInputMessage input)
      throws IOException {
    return DocumentJson.mapper().readTree(input.getBody());
  }

  @Override
  protected void writeInternal(JsonNode tree, HttpOutputMessage output) throws IOException {
    WRITER.writeValue(output.getBody(), tree);
  }
}
