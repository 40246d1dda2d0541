package com.catalysttracker.web;

import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.rules.RuleReloader;
import com.catalysttracker.rules.RuleTests;
import com.catalysttracker.rules.RulesProperties;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysts' rules, read-only: what is running, the last rejected edit and every file with its
 * problems.
 */
@RestController
@RequestMapping("/api/rules")
class RulesController {
  private final RuleReloader reloader;
  private final RuleEngine engine;
  private final RulesProperties properties;

  RulesController(RuleReloader reloader, RuleEngine engine, RulesProperties properties) {
    this.reloader = reloader;
    this.engine = engine;
    this.properties = properties;
  }

  @GetMapping
  ObjectNode rules() {
    return DocumentJson.mapper()
        .valueToTree(RuleFolderView.of(properties.dir(), reloader.status()));
  }

  /**
   * Runs {@code tests/*.json} against the rules that are running (as {@code rules test} does
   * against the folder): after a rejected edit, that is the last version that compiled.
   */
  @GetMapping("/tests")
  ObjectNode tests() throws IOException {
    Path dir = properties.dir();
    List<RuleTests.Failure> failures = RuleTests.run(engine.ruleBase(), dir);
    ObjectNode json = DocumentJson.mapper().createObjectNode();
    json.put("tests", RuleTests.files(dir).size());
    ArrayNode list = json.putArray("failures");
    for (RuleTests.Failure failure : failures) {
      Path file = Path.of(failure.file());
      list.addObject()
          .put("file", file.startsWith(dir) ? dir.relativize(file).toString() : failure.file())
          .put("message", failure.message());
    }
    return json;
  }
}
