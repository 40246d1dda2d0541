package com.catalysttracker.cli;

import com.catalysttracker.crawl.CrawlProperties;
import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "crawlers",
    mixinStandardHelpOptions = true,
    description = "Work with the source definitions in crawlers/.",
    subcommands = {CrawlersCommand.Validate.class})
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The folder to check (default: catalyst.crawl.definitions-dir).")
    Path dir;

    @Override
    public Integer call() {
      Path folder = dir;
      if (folder == null) {
        try (ConfigurableApplicationContext context = ApplicationContexts.task(settings.properties())) {
          folder = context.getBean(CrawlProperties.class).definitionsDir();
        }
      }
      SourceCatalog catalog = SourceCatalog.load(folder);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      for (SourceDefinition s : catalog.sources()) {
        out.println("ok     " + s.id() + " (" + s.lists().size() + " lists, " + s.searchTerms().size() + " search terms, detail " + s.detailAdapter()
            + ", cron \"" + s.cron() + "\")");
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
}
