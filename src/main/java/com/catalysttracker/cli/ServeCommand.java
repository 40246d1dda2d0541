package com.catalysttracker.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the service: web UI and REST API, health, and the managed Elasticsearch (embedded by"
          + " default: started on first use, stopped on exit, reused if already running).",
      "Stops cleanly on Ctrl-C or SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port of the web UI and API (default 8080, bound to 127.0.0.1).")
  Integer port;

  @Override
  public Integer call() {
    var properties = settings.properties();
    if (port != null) {
      properties.put("server.port", port);
    }
    ApplicationContexts.service(properties);
    return CatalystCommandLine.KEEP_RUNNING;
  }
}
