package com.catalysttracker.web;

import com.catalysttracker.document.DocumentJson;
import com.catalysttracker.rules.RuleReloader;
import com.catalysttracker.rules.RulesProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The analysts' rules, read-only: what is running, the last rejected edit and every file with its problems. */
@RestController
@RequestMapping("/api/rules")
class RulesController {
  private final RuleReloader reloader;
  private final RulesProperties properties;

  RulesController(RuleReloader reloader, RulesProperties properties) {
    this.reloader = reloader;
    this.properties = properties;
  }

  @GetMapping
  ObjectNode rules() {
    return DocumentJson.mapper().valueToTree(RuleFolderView.of(properties.dir(), reloader.status()));
  }
}
