package com.catalysttracker.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes to override settings from application.yml. */
final class SpringSettings {

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override a setting for this run, e.g. --set catalyst.data-dir=/srv/catalyst"
              + " (repeatable; every key is listed in README.md).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the embedded Elasticsearch and the application's state live (default"
              + " /var/lib/catalyst as root, ~/.catalyst otherwise).")
  String dataDir;

  Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>(overrides);
    if (dataDir != null) {
      properties.put("catalyst.data-dir", dataDir);
    }
    return properties;
  }
}
