package com.catalysttracker.cli;

import com.catalysttracker.CatalystApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context a command runs in. */
final class ApplicationContexts {
  private ApplicationContexts() {}

  /** The long-running service: web server, schedules, health. */
  static ConfigurableApplicationContext service(Map<String, Object> overrides) {
    return new SpringApplicationBuilder(CatalystApplication.class)
        .web(WebApplicationType.SERVLET)
        .properties(overrides)
        .run();
  }

  /**
   * A one-off task: no web server, every bean lazy so a command starts only what it uses (extract
   * never starts Elasticsearch), and quiet logs apart from progress.
   */
  static ConfigurableApplicationContext task(Map<String, Object> overrides) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.main.lazy-initialization", "true");
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.catalyst", "INFO");
    properties.put("logging.pattern.console", "%msg%n");
    properties.putAll(overrides);
    return new SpringApplicationBuilder(CatalystApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(properties)
        .run();
  }
}
