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
        .run(asArguments(overrides));
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
    // One-off commands run no schedules: Quartz would otherwise start with every context.
    properties.put(
        "spring.autoconfigure.exclude",
        "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
    // Validating health groups builds every health indicator at start, and the Elasticsearch ones
    // start the embedded node: a task that never touches the index must not wait for it.
    properties.put("management.endpoint.health.validate-group-membership", "false");
    return new SpringApplicationBuilder(CatalystApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        // Defaults for tasks: application.yml and the user's settings may still override them.
        .properties(properties)
        .run(asArguments(overrides));
  }

  /**
   * The user's settings as Spring command-line arguments, which outrank application.yml and the
   * environment; {@code SpringApplicationBuilder.properties} would only set defaults beneath them.
   */
  private static String[] asArguments(Map<String, Object> overrides) {
    return overrides.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }
}
