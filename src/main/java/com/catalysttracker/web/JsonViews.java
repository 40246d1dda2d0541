package com.catalysttracker.web;

import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.search.SearchResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The API's JSON, built with the contract's mapper so documents keep their snake_case names. */
final class JsonViews {
  private JsonViews() {}

  static ObjectNode searchResult(SearchResult result) {
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    json.put("total", result.total());
    ArrayNode hits = json.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      ObjectNode item = hits.addObject();
      item.put("id", hit.id());
      item.put("score", hit.score());
      item.set("document", document(hit.document()));
      item.set("display", display(hit.document()));
      ObjectNode highlights = item.putObject("highlights");
      hit.highlights().forEach((field, snippets) -> highlights.set(field, snippets(snippets)));
    }
    json.put("next_cursor", result.nextCursor());
    ObjectNode aggregations = json.putObject("aggregations");
    for (Map.Entry<String, List<SearchResult.Bucket>> facet : result.aggregations().entrySet()) {
      ArrayNode buckets = aggregations.putArray(facet.getKey());
      for (SearchResult.Bucket bucket : facet.getValue()) {
        ObjectNode item = bucket(buckets.addObject(), bucket);
        List<SearchResult.Bucket> months = result.themeMonths().get(bucket.key());
        if (facet.getKey().equals("themes") && months != null) {
          ArrayNode monthly = item.putArray("months");
          months.forEach(month -> bucket(monthly.addObject(), month));
        }
      }
    }
    return json;
  }

  private static ObjectNode bucket(ObjectNode json, SearchResult.Bucket bucket) {
    return json.put("key", bucket.key())
        .put("count", bucket.count())
        .put("amount_yuan", bucket.amountYuan());
  }

  static ObjectNode document(Document document) {
    return DocumentJson.mapper().valueToTree(document);
  }

  /**
   * What the pages show beside the contract fields: stage, money and region as analysts write them.
   */
  static ObjectNode display(Document document) {
    ObjectNode display = DocumentJson.mapper().createObjectNode();
    display.put("stage", Stages.label(document.docType()));
    display.put("money", Money.format(document.money()));
    display.put("region", ReportRows.region(document));
    return display;
  }

  /** Fragments as lists of {text, match} parts, never as markup. */
  private static ArrayNode snippets(List<SearchResult.Snippet> snippets) {
    ArrayNode array = DocumentJson.mapper().createArrayNode();
    for (SearchResult.Snippet snippet : snippets) {
      ArrayNode parts = array.addArray();
      snippet.parts().forEach(p -> parts.addObject().put("text", p.text()).put("match", p.match()));
    }
    return array;
  }

  static ObjectNode error(String message) {
    return DocumentJson.mapper().createObjectNode().put("error", message);
  }
}
