package com.catalysttracker.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.catalysttracker.document.DocumentJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code search_after} position as an opaque URL-safe token: the last hit's sort values. A
 * token is decoded into plain values only (numbers, strings), so it can never carry query syntax.
 */
final class SearchCursor {
  private SearchCursor() {}

  static String encode(List<FieldValue> sortValues) {
    ArrayNode array = DocumentJson.mapper().createArrayNode();
    for (FieldValue value : sortValues) {
      if (value.isLong()) {
        array.add(value.longValue());
      } else if (value.isDouble()) {
        array.add(value.doubleValue());
      } else if (value.isString()) {
        array.add(value.stringValue());
      } else if (value.isBoolean()) {
        array.add(value.booleanValue());
      } else {
        array.addNull();
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
  }

  static List<FieldValue> decode(String cursor) {
    JsonNode array;
    try {
      array =
          DocumentJson.mapper()
              .readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw invalid(cursor);
    }
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw invalid(cursor);
    }
    List<FieldValue> values = new ArrayList<>();
    for (JsonNode node : array) {
      if (node.isIntegralNumber()) {
        values.add(FieldValue.of(node.longValue()));
      } else if (node.isNumber()) {
        values.add(FieldValue.of(node.doubleValue()));
      } else if (node.isTextual()) {
        values.add(FieldValue.of(node.textValue()));
      } else if (node.isBoolean()) {
        values.add(FieldValue.of(node.booleanValue()));
      } else if (node.isNull()) {
        values.add(FieldValue.NULL);
      } else {
        throw invalid(cursor);
      }
    }
    return values;
  }

  private static IllegalArgumentException invalid(String cursor) {
    String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
    return new IllegalArgumentException(
        "search_after '"
            + shown
            + "' is not a cursor this server issued; pass the next_cursor of"
            + " the previous page unchanged, or start again without search_after");
  }
}
