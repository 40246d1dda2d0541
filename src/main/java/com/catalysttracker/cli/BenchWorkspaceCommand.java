package com.catalysttracker.cli;

import com.catalysttracker.web.WorkspaceBench;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench-workspace",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the analyst workspace: index a fixed generated corpus (kept between runs under its"
          + " own index prefix, 'bench-' by default), then time typical searches over the REST API"
          + " (p50/p95) and a 10,000-row CSV export.",
    })
final class BenchWorkspaceCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @Option(names = "--documents", paramLabel = "N", defaultValue = "200000",
      description = "Documents in the bench index (default ${DEFAULT-VALUE}); missing ones are generated.")
  int documents;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "200",
      description = "Timed searches after a warm-up (default ${DEFAULT-VALUE}).")
  int queries;

  @Override
  public Integer call() throws Exception {
    var properties = settings.properties();
    properties.putIfAbsent("catalyst.elasticsearch.index-prefix", "bench-");
    properties.put("server.port", 0);
    properties.putIfAbsent("logging.level.root", "WARN");
    // The bench measures the workspace alone: scheduled crawls would compete for the same cores.
    properties.putIfAbsent("catalyst.crawl.schedule", "false");
    try (ConfigurableApplicationContext context = ApplicationContexts.service(properties)) {
      PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      new WorkspaceBench(context, out).run(documents, queries);
    }
    return 0;
  }
}
