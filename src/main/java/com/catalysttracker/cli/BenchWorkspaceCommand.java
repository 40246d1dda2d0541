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
          + " (p50/p95), a 10,000-row CSV export and the search page's time to first results in"
          + " headless Chromium.",
    })
final class BenchWorkspaceCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @Option(
      names = "--documents",
      paramLabel = "N",
      defaultValue = "200000",
      description =
          "Documents in the bench index (default ${DEFAULT-VALUE}); missing ones are generated.")
  int documents;

  @Option(
      names = "--queries",
      paramLabel = "N",
      defaultValue = "200",
      description = "Timed searches after a warm-up (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--browser-loads",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "Search page loads in headless Chromium, timed from navigation to the first results on"
              + " screen (default ${DEFAULT-VALUE}; 0 skips; skipped with a note when chromium is not installed).")
  int browserLoads;

  @Override
  public Integer call() throws Exception {
    var properties = settings.properties();
    properties.putIfAbsent("catalyst.elasticsearch.index-prefix", "bench-");
    properties.put("server.port", 0);
    properties.putIfAbsent("logging.level.root", "WARN");
    // The bench measures the workspace alone: scheduled crawls would compete for the same cores.
    properties.putIfAbsent("catalyst.crawl.schedule", "false");
    try (ConfigurableApplicationContext context = ApplicationContexts.service(properties)) {
      PrintWriter out =
          new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
      new WorkspaceBench(context, out).run(documents, queries, browserLoads);
    }
    return 0;
  }
}
