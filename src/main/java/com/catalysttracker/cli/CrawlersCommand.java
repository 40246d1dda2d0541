package com.catalysttracker.cli;

import com.catalysttracker.crawl.CrawlBench;
import com.catalysttracker.crawl.CrawlConfiguration;
import com.catalysttracker.crawl.CrawlProperties;
import com.catalysttracker.crawl.RealSizeCopies;
import com.catalysttracker.crawl.SourceStatus;
import com.catalysttracker.crawl.SourceStatusReader;
import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "crawlers",
    mixinStandardHelpOptions = true,
    description = "Work with the source definitions in crawlers/.",
    subcommands = {
      CrawlersCommand.Validate.class,
      CrawlersCommand.Status.class,
      CrawlersCommand.Bench.class,
      CrawlersCommand.ServeCopy.class
    })
final class CrawlersCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Check every definition in crawlers/ (or DIR) as start-up does. Prints file:line:column: field: problem",
        "for each invalid one and exits 1 if there is any; valid ones are listed with their lists."
      })
  static final class Validate implements Callable<Integer> {

    @Mixin SpringSettings settings;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "DIR",
        description = "The folder to check (default: catalyst.crawl.definitions-dir).")
    Path dir;

    @Override
    public Integer call() {
      Path folder = dir;
      if (folder == null) {
        try (ConfigurableApplicationContext context =
            ApplicationContexts.task(settings.properties())) {
          folder = context.getBean(CrawlProperties.class).definitionsDir();
        }
      }
      SourceCatalog catalog = SourceCatalog.load(folder);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      for (SourceDefinition s : catalog.sources()) {
        out.println(
            "ok     "
                + s.id()
                + " (family "
                + s.family()
                + ", "
                + s.lists().size()
                + " lists, "
                + s.searchTerms().size()
                + " search terms, detail "
                + s.detailAdapter()
                + ", cron \""
                + s.cron()
                + "\")");
      }
      for (DefinitionException e : catalog.errors()) {
        err.println(e.getMessage());
      }
      out.println(catalog.sources().size() + " valid, " + catalog.errors().size() + " invalid");
      out.flush();
      err.flush();
      return catalog.errors().isEmpty() ? 0 : 1;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "One line per source in crawlers/: id, family, kind, last run, last success (a list page read),",
        "documents in the index, health (healthy, unhealthy, blocked, never-run) and when a block page was",
        "last met. Times are UTC. Reads the crawl-state and documents indices (starts the embedded",
        "Elasticsearch if none runs). Exit 1 when a definition is invalid (listed after the table)."
      })
  static final class Status implements Callable<Integer> {

    static final String FORMAT = "%-16s %-12s %-12s %-20s %-20s %9s  %-10s %s";

    @Mixin SpringSettings settings;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (ConfigurableApplicationContext context =
          ApplicationContexts.task(settings.properties())) {
        SourceCatalog catalog = context.getBean(CrawlConfiguration.SourceDefinitions.class).load();
        List<SourceStatus> rows = context.getBean(SourceStatusReader.class).read(catalog.sources());
        out.println(table(rows));
        for (DefinitionException e : catalog.errors()) {
          err.println(e.getMessage());
        }
        out.flush();
        err.flush();
        return catalog.errors().isEmpty() ? 0 : 1;
      }
    }

    /** The header, one line per source, and a closing count per health. */
    static String table(List<SourceStatus> rows) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
                  Locale.ROOT,
                  FORMAT,
                  "source",
                  "family",
                  "kind",
                  "last run",
                  "last success",
                  "documents",
                  "health",
                  "last blocked")
              .stripTrailing());
      for (SourceStatus r : rows) {
        sb.append('\n')
            .append(
                String.format(
                        Locale.ROOT,
                        FORMAT,
                        r.id(),
                        r.family(),
                        r.kind(),
                        time(r.lastRun()),
                        time(r.lastSuccess()),
                        r.documents(),
                        r.verdict().wireName(),
                        time(r.lastBlocked()))
                    .stripTrailing());
      }
      Map<SourceStatus.Health, Long> byHealth = new EnumMap<>(SourceStatus.Health.class);
      rows.forEach(r -> byHealth.merge(r.verdict(), 1L, Long::sum));
      sb.append('\n').append(rows.size()).append(" sources");
      byHealth.forEach((h, n) -> sb.append(" · ").append(n).append(' ').append(h.wireName()));
      return sb.toString();
    }

    private static String time(@Nullable Instant t) {
      return t == null
          ? "-"
          : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
              .withZone(ZoneOffset.UTC)
              .format(t);
    }
  }

  @Command(
      name = "bench",
      mixinStandardHelpOptions = true,
      description = {
        "Issue #4's crawl figures over the site copies, served on loopback with",
        "politeness off (no Elasticsearch); every crawlers/ source with a copy joins.",
        "Steady state: requests per new document after k items appear, over what the",
        "site's structure needs (target <= 1.1 at k = 10).",
        "Throughput (one thread): pages/s of the crawler's fetch + parse against bare jsoup",
        "fetching and parsing the same pages (target: within 1.5x), beside full crawls with",
        "extraction and a bare Jsoup.parse of the same bytes.",
        "--real-size: the steady state again on copies grown to real list sizes.",
        "README: \"Crawl figures\"."
      })
  static final class Bench implements Callable<Integer> {

    @Mixin SpringSettings settings;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--sources",
        split = ",",
        paramLabel = "ID",
        description = "Only these sources (default: every one with a site copy).")
    List<String> sources;

    @Option(
        names = "--k",
        paramLabel = "N",
        defaultValue = "10",
        description = "New items per source in the steady-state run (default ${DEFAULT-VALUE}).")
    int k;

    @Mixin SiteCopiesOption siteCopies;

    @Option(
        names = "--rounds",
        paramLabel = "N",
        defaultValue = "5",
        description = "Timed throughput rounds; the median is reported (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
        names = "--warmup",
        paramLabel = "N",
        defaultValue = "2",
        description = "Untimed throughput rounds first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
        names = "--real-size",
        arity = "0..1",
        fallbackValue = "20",
        paramLabel = "N",
        description =
            "Also the steady state on copies generated from the recorded ones, HTML lists paged by URL template "
                + "grown to N items a page (20 when N is left out), 3.5 pages a list; prints which sources were generated, which skipped and why. "
                + "Throughput stays on the recorded copies.")
    Integer realSize;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (k < 1 || rounds < 1 || warmup < 0 || (realSize != null && realSize < 1)) {
        err.println("Error: --k, --rounds and --real-size must be at least 1, --warmup at least 0");
        return 2;
      }
      var properties = settings.properties();
      // Each source is crawled many times: the per-run summary lines would bury the tables
      // (warnings still show).
      properties.putIfAbsent("logging.level.catalyst.crawl", "WARN");
      // Every State Grid / cebpubservice PDF round repeats PDFBox's font-substitution warning.
      properties.putIfAbsent("logging.level.org.apache.pdfbox", "ERROR");
      try (ConfigurableApplicationContext context = ApplicationContexts.task(properties)) {
        Path sites = siteCopies.dir();
        if (!Files.isDirectory(sites)) {
          err.println(
              "Error: no site copies at "
                  + sites
                  + "; give the folder with --fixtures DIR (one sub-folder per source id with a routes.json)");
          return 2;
        }
        SourceCatalog catalog = context.getBean(CrawlConfiguration.SourceDefinitions.class).load();
        for (var e : catalog.errors()) {
          err.println("skipped (invalid definition): " + e.getMessage());
        }
        List<SourceDefinition> withCopy = CrawlBench.withSiteCopy(catalog.sources(), sites);
        List<SourceDefinition> chosen = new ArrayList<>();
        if (sources == null || sources.isEmpty()) {
          chosen.addAll(withCopy);
          catalog.sources().stream()
              .filter(s -> !withCopy.contains(s))
              .forEach(
                  s ->
                      out.println(
                          "skipped "
                              + s.id()
                              + ": no site copy at "
                              + sites.resolve(s.id()).resolve("routes.json")));
        } else {
          for (String id : sources) {
            var found = withCopy.stream().filter(s -> s.id().equals(id.strip())).findFirst();
            if (found.isEmpty()) {
              err.println(
                  "Error: --sources "
                      + id
                      + ": "
                      + (catalog.find(id.strip()).isPresent()
                          ? "no site copy at " + sites.resolve(id.strip()).resolve("routes.json")
                          : "no valid definition crawlers/"
                              + id.strip()
                              + ".yml in "
                              + catalog.dir()));
              return 2;
            }
            chosen.add(found.get());
          }
        }
        if (chosen.isEmpty()) {
          err.println("Error: no source in " + catalog.dir() + " has a site copy under " + sites);
          return 2;
        }
        new CrawlBench(context.getBean(Extractors.class), out)
            .run(
                chosen,
                sites,
                k,
                warmup,
                rounds,
                realSize == null ? null : RealSizeCopies.Shape.of(realSize));
        return 0;
      }
    }
  }

  @Command(
      name = "serve-copy",
      mixinStandardHelpOptions = true,
      description = {
        "Serves a source's offline site copy (src/test/resources/sites/ID/) on 127.0.0.1, each host of",
        "the site under BASE/<host>/..., so `crawl --source ID --base-url BASE` runs offline exactly as",
        "it would against the real site. Runs until Ctrl-C."
      })
  static final class ServeCopy implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--source",
        required = true,
        paramLabel = "ID",
        description = "The source whose copy to serve.")
    String source;

    @Option(
        names = "--port",
        paramLabel = "PORT",
        defaultValue = "8000",
        description = "Loopback port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Mixin SiteCopiesOption siteCopies;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path sites = siteCopies.dir();
      Path copy = sites.resolve(source);
      if (!Files.isRegularFile(copy.resolve("routes.json"))) {
        err.println(
            "Error: no site copy for '"
                + source
                + "' at "
                + copy
                + " (a folder with routes.json and site/); "
                + "the copies are under src/test/resources/sites/, or give their folder with --fixtures DIR");
        return 2;
      }
      try (FixtureServer server = FixtureServer.start(copy, port)) {
        out.println(
            "Serving " + copy + " at " + server.baseUrl() + " (Ctrl-C to stop). In another shell:");
        out.println(
            "  ./catalyst crawl --source "
                + source
                + " --base-url "
                + server.baseUrl()
                + " --delay 0s");
        out.flush();
        Thread.currentThread().join();
      } catch (java.io.UncheckedIOException e) {
        err.println("Error: " + e.getMessage());
        return 2;
      }
      return 0;
    }
  }
}
