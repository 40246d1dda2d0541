package com.catalysttracker.cli;

import com.catalysttracker.crawl.CrawlConfiguration;
import com.catalysttracker.crawl.CrawlEngine;
import com.catalysttracker.crawl.CrawlListener;
import com.catalysttracker.crawl.CrawlOptions;
import com.catalysttracker.crawl.CrawlProperties;
import com.catalysttracker.crawl.CrawlSummary;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
      "Run one crawl of a source in the foreground: walk its lists newest first, fetch what is new,",
      "index it, and print a closing summary line scripts can read:",
      "  pages 23 · new 11 · changed 0 · unchanged 0 · failed 0 · 4.2 s",
      "Exit code 0 when the run took place (failures are counted in the line), 2 when the source is",
      "unknown or its definition is invalid."
    })
final class CrawlCommand implements Callable<Integer> {

  @Mixin SpringSettings settings;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "ID",
      description = "The source to crawl: a file name in crawlers/ without .yml.")
  String source;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Fetch from a local copy of the site instead: every host of the source maps to URL/<host>/… (canonical URLs stay real).")
  URI baseUrl;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Read at most N pages of each list.")
  int maxPages;

  @Option(
      names = "--delay",
      paramLabel = "DURATION",
      description =
          "Pause between requests to one host instead of the definition's, e.g. 0s for a local copy (ISO-8601 or 500ms/2s).")
  String delay;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ConfigurableApplicationContext context = ApplicationContexts.task(settings.properties())) {
      SourceCatalog catalog = context.getBean(CrawlConfiguration.SourceDefinitions.class).load();
      Optional<SourceDefinition> definition = catalog.find(source);
      if (definition.isEmpty()) {
        err.println(
            catalog
                .errorFor(source)
                .map(e -> "Error: " + e.getMessage())
                .orElse(
                    "Error: no source '"
                        + source
                        + "' in "
                        + catalog.dir()
                        + "; known: "
                        + String.join(
                            ", ", catalog.sources().stream().map(SourceDefinition::id).toList())));
        return 2;
      }
      CrawlProperties properties = context.getBean(CrawlProperties.class);
      CrawlOptions options =
          CrawlOptions.defaults()
              .withFetch(properties.fetchConfig())
              .withBaseUrl(baseUrl)
              .withMaxPages(Math.max(0, maxPages))
              .withHostDelay(delay == null ? null : parseDuration(delay));
      out.println("Crawling " + source + (baseUrl == null ? "" : " from " + baseUrl) + " …");
      CrawlSummary summary =
          context
              .getBean(CrawlEngine.class)
              .crawl(definition.get(), options, progress(out, err))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "a run of "
                              + source
                              + " is already under way (the service's scheduled run or another"
                              + " crawl on the same data directory); try again when it has finished"));
      if (summary.newDocuments() + summary.changed() > 0) {
        // Searchable when the command returns: scripts run `crawlers status` or a search next,
        // and within the index's refresh interval they would see only part of the run.
        try {
          context.getBean(DocumentIndex.class).refresh();
        } catch (IOException | RuntimeException e) {
          err.println(
              "warning: the documents are indexed but not yet searchable (refresh failed: "
                  + e.getMessage()
                  + "); Elasticsearch makes them so within its refresh interval");
        }
      }
      out.println(summary.line());
      out.flush();
      return 0;
    }
  }

  private static CrawlListener progress(PrintWriter out, PrintWriter err) {
    return new CrawlListener() {
      @Override
      public void listPage(String list, int page, String url, int items, int fresh) {
        out.println("  list " + list + " p" + page + ": " + items + " items, " + fresh + " new");
        out.flush();
      }

      @Override
      public void listSkipped(String list, String why) {
        out.println("  list " + list + ": not read this run (" + why + ")");
        out.flush();
      }

      @Override
      public void document(String url, String what, String title) {
        out.println("  " + what + "  " + title + "  " + url);
        out.flush();
      }

      @Override
      public void failure(String message) {
        err.println("  failed  " + message);
        err.flush();
      }
    };
  }

  static Duration parseDuration(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s") && !v.startsWith("p")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      return Duration.parse(value.strip());
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(
          new CommandLine(new CrawlCommand()),
          "--delay: expected 0s, 500ms, 2s or PT2S, was " + value);
    }
  }
}
