package com.catalysttracker.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.Document;
import com.catalysttracker.index.IndexConfiguration.AppliedIndices;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.rules.IndexedDocuments;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleBench;
import com.catalysttracker.rules.RuleCompileException;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.rules.RuleProblem;
import com.catalysttracker.rules.RulesProperties;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Check, replay and measure the analysts' rules in rules/ (see rules/README.md).",
    subcommands = {
      RulesCommand.Validate.class,
      RulesCommand.Test.class,
      RulesCommand.Backtest.class,
      RulesCommand.Bench.class,
      RulesCommand.BenchLatency.class
    })
final class RulesCommand {

  /**
   * The folder given, else catalyst.rules.dir from the settings. The task context is started either
   * way: it also sets up logging, which keeps Drools' start-up chatter off the console.
   */
  static Path rulesDir(SpringSettings settings, Path given) {
    try (ConfigurableApplicationContext context = ApplicationContexts.task(settings.properties())) {
      return given != null ? given : context.getBean(RulesProperties.class).dir();
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Compile the rules as the service would and print path:line:col: message for each error.",
        "Exit code 0 when they compile, 1 otherwise."
      })
  static final class Validate implements Callable<Integer> {
    @Mixin SpringSettings settings;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "The rules folder (default catalyst.rules.dir, ./rules).")
    Path dir;

    @Override
    public Integer call() {
      Path folder = rulesDir(settings, dir);
      PrintWriter out = spec.commandLine().getOut();
      RuleBase base;
      try {
        base = RuleBase.compile(folder);
      } catch (RuleCompileException e) {
        List<RuleProblem> problems = e.problems();
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(
            problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + folder);
        return 1;
      }
      out.println(
          folder
              + ": "
              + base.ruleCount()
              + " rules compile; themes "
              + String.join(", ", base.themes()));
      return 0;
    }
  }

  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      description = {
        "Run the rule tests in DIR/tests/*.json (a sample document and the themes and alerts it must"
            + " produce) and print each failure with its file. Exit code 1 when one fails."
      })
  static final class Test implements Callable<Integer> {
    @Mixin SpringSettings settings;
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "The rules folder (default catalyst.rules.dir, ./rules).")
    Path dir;

    @Override
    public Integer call() throws IOException {
      Path folder = rulesDir(settings, dir);
      RuleBase base;
      try {
        base = RuleBase.compile(folder);
      } catch (RuleCompileException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
      List<com.catalysttracker.rules.RuleTests.Failure> failures =
          com.catalysttracker.rules.RuleTests.run(base, folder);
      failures.forEach(spec.commandLine().getErr()::println);
      int total = com.catalysttracker.rules.RuleTests.files(folder).size();
      spec.commandLine().getOut().println(total + " rule tests, " + failures.size() + " failures");
      return failures.isEmpty() ? 0 : 1;
    }
  }

  @Command(
      name = "backtest",
      mixinStandardHelpOptions = true,
      description = {
        "Replay indexed documents published since DATE through the rules and print the alerts they would"
            + " raise (one per key), sending and storing nothing.",
        "With --compare, run an edited copy over the same documents and print which alerts appear (+)"
            + " and disappear (-)."
      })
  static final class Backtest implements Callable<Integer> {
    @Mixin SpringSettings settings;
    @Spec CommandSpec spec;

    @Option(
        names = "--since",
        required = true,
        paramLabel = "DATE",
        description = "First publication date, yyyy-MM-dd.")
    LocalDate since;

    @Option(
        names = "--rules",
        paramLabel = "DIR",
        description = "The rules folder (default catalyst.rules.dir).")
    Path rules;

    @Option(
        names = "--compare",
        paramLabel = "DIR",
        description = "An edited copy of the rules to compare with.")
    Path compare;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (ConfigurableApplicationContext context =
          ApplicationContexts.task(settings.properties())) {
        Path folder = rules != null ? rules : context.getBean(RulesProperties.class).dir();
        RuleBase base;
        RuleBase edited;
        try {
          base = RuleBase.compile(folder);
          edited = compare == null ? base : RuleBase.compile(compare);
        } catch (RuleCompileException e) {
          spec.commandLine().getErr().println(e.getMessage());
          return 1;
        }
        context.getBean(AppliedIndices.class);
        IndexedDocuments documents =
            new IndexedDocuments(
                context.getBean(ElasticsearchClient.class), context.getBean(IndexNames.class));
        com.catalysttracker.rules.Backtest backtest =
            new com.catalysttracker.rules.Backtest(base, edited);
        Instant now = Instant.now();
        documents.publishedSince(since, document -> backtest.add(document, now));
        if (compare == null) {
          backtest.alerts().forEach(alert -> out.println(line(" ", alert)));
          out.println(
              backtest.documents()
                  + " documents since "
                  + since
                  + " · "
                  + backtest.alerts().size()
                  + " alerts would fire (nothing sent)");
        } else {
          backtest.appearing().forEach(alert -> out.println(line("+", alert)));
          backtest.disappearing().forEach(alert -> out.println(line("-", alert)));
          out.println(
              backtest.documents()
                  + " documents since "
                  + since
                  + " · "
                  + backtest.appearing().size()
                  + " alerts appear, "
                  + backtest.disappearing().size()
                  + " disappear with "
                  + compare);
        }
        return 0;
      }
    }

    private static String line(String sign, Alert alert) {
      return sign
          + " "
          + alert.severity().wireName()
          + "\t"
          + alert.theme()
          + "\t"
          + alert.message()
          + "\t["
          + alert.key()
          + "] "
          + alert.explanation().file()
          + ":"
          + alert.explanation().line();
    }
  }

  @Command(
      name = "bench",
      mixinStandardHelpOptions = true,
      description = {
        "Measure the rules on a fixed generated data set, on one thread: documents per second with the"
            + " rules folder as it is and with N generated keyword rules added, and the time to compile"
            + " and swap that larger rule base."
      })
  static final class Bench implements Callable<Integer> {
    @Mixin SpringSettings settings;
    @Spec CommandSpec spec;

    @Option(
        names = "--rules",
        paramLabel = "DIR",
        description = "The rules folder (default catalyst.rules.dir).")
    Path rules;

    @Option(
        names = "--documents",
        defaultValue = "20000",
        paramLabel = "N",
        description = "Documents per measurement (default ${DEFAULT-VALUE}).")
    int documents;

    @Option(
        names = "--keyword-rules",
        defaultValue = "1000",
        paramLabel = "N",
        description = "Generated keyword rules (default ${DEFAULT-VALUE}).")
    int keywordRules;

    @Option(
        names = "--themed-every",
        defaultValue = "20",
        paramLabel = "N",
        description =
            "In the realistic mix, one document in N mentions theme vocabulary (default ${DEFAULT-VALUE});"
                + " the alerting-heavy mix has every document mention it.")
    int themedEvery;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Path folder = rulesDir(settings, rules);
      // Both mixes: nearly every generated document alerts in the heavy one (building alerts
      // dominates),
      // few do in the realistic one (matching dominates), as in a crawl (#7 figures).
      List<Document> heavy = RuleBench.documents(documents, 1500, 42);
      List<Document> realistic = RuleBench.documents(documents, 1500, 42, themedEvery);
      RuleBase base = RuleBase.compile(folder);
      out.println(
          String.format(Locale.ROOT, "%d documents of ~1,500 characters, one thread", documents));
      out.println(
          String.format(
              Locale.ROOT,
              "rules as they are (%d rules, %d themes): %s",
              base.ruleCount(),
              base.themes().size(),
              mixes(base, heavy, realistic)));
      Path temp = Files.createTempDirectory("catalyst-bench");
      try {
        Path larger = RuleBench.withKeywordRules(folder, temp.resolve("rules"), keywordRules);
        RuleEngine engine = new RuleEngine(base, java.time.Clock.systemUTC());
        long start = System.nanoTime();
        RuleBase compiled = RuleBase.compile(larger);
        engine.swap(compiled);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(
            String.format(
                Locale.ROOT,
                "compile and swap with %d keyword rules (%d rules): %.2f s",
                keywordRules,
                compiled.ruleCount(),
                seconds));
        out.println(
            String.format(
                Locale.ROOT,
                "with %d keyword rules: %s",
                keywordRules,
                mixes(compiled, heavy, realistic)));
      } finally {
        FileSystemUtils.deleteRecursively(temp);
      }
      return 0;
    }

    private String mixes(RuleBase base, List<Document> heavy, List<Document> realistic) {
      Throughput all = throughput(base, heavy);
      Throughput few = throughput(base, realistic);
      return String.format(
          Locale.ROOT,
          "%,.0f documents/s alerting-heavy (every document themed, %.0f%% alert), %,.0f documents/s realistic"
              + " (1 in %d themed, %.1f%% alert)",
          all.perSecond(),
          all.alertingPercent(),
          few.perSecond(),
          themedEvery,
          few.alertingPercent());
    }

    private record Throughput(double perSecond, double alertingPercent) {}

    private static Throughput throughput(RuleBase base, List<Document> data) {
      Instant now = Instant.now();
      // Warm up the JIT on a fifth of the data before measuring the whole set.
      for (Document document : data.subList(0, data.size() / 5)) {
        RuleEngine.evaluate(base, document, now);
      }
      long start = System.nanoTime();
      int alerting = 0;
      for (Document document : data) {
        if (!RuleEngine.evaluate(base, document, now).alerts().isEmpty()) {
          alerting++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Throughput(data.size() / seconds, 100.0 * alerting / data.size());
    }
  }

  @Command(
      name = "bench-latency",
      mixinStandardHelpOptions = true,
      description = {
        "Measure alert latency: from a document being indexed to the SMTP server accepting its alert's"
            + " mail (p50, p95, max), one generated ¥120m tender at a time through the rules, the alerts"
            + " index (prefix 'bench-latency-' unless set) and a fresh outbox. Needs an SMTP server that"
            + " accepts any mail, e.g. python3 -m aiosmtpd -n -l 127.0.0.1:2525 (Debian: python3-aiosmtpd)."
      })
  static final class BenchLatency implements Callable<Integer> {
    @Mixin SpringSettings settings;
    @Spec CommandSpec spec;

    @Option(
        names = "--smtp-host",
        defaultValue = "127.0.0.1",
        paramLabel = "HOST",
        description = "SMTP server (default ${DEFAULT-VALUE}).")
    String smtpHost;

    @Option(names = "--smtp-port", required = true, paramLabel = "PORT", description = "Its port.")
    int smtpPort;

    @Option(
        names = "--alerts",
        defaultValue = "200",
        paramLabel = "N",
        description = "Alerts measured (default ${DEFAULT-VALUE}).")
    int alerts;

    @Option(
        names = "--warmup",
        defaultValue = "10",
        paramLabel = "N",
        description = "Alerts sent first and not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      java.util.Map<String, Object> properties = new java.util.HashMap<>(settings.properties());
      properties.putIfAbsent("catalyst.elasticsearch.index-prefix", "bench-latency-");
      Path temp = Files.createTempDirectory("catalyst-latency");
      try (ConfigurableApplicationContext context = ApplicationContexts.task(properties)) {
        Path subscriptions = temp.resolve("subscriptions.yml");
        Files.writeString(
            subscriptions,
            "subscriptions:\n  - recipient: bench@example.com\n    themes: ['*']\n"
                + "    min_severity: low\n",
            java.nio.charset.StandardCharsets.UTF_8);
        com.catalysttracker.mail.MailProperties mail =
            new com.catalysttracker.mail.MailProperties(
                smtpHost,
                smtpPort,
                "",
                "",
                false,
                "catalyst-bench@localhost",
                subscriptions,
                null,
                java.time.Duration.ofMillis(200),
                java.time.Duration.ofSeconds(2));
        try (com.catalysttracker.mail.AlertMailer mailer =
            com.catalysttracker.mail.MailConfiguration.create(mail, temp.resolve("mail"))) {
          com.catalysttracker.rules.AlertPipeline pipeline =
              new com.catalysttracker.rules.AlertPipeline(
                  context.getBean(RuleEngine.class),
                  context.getBean(com.catalysttracker.alert.AlertStore.class),
                  mailer);
          com.catalysttracker.rules.AlertLatencyBench.Result result =
              com.catalysttracker.rules.AlertLatencyBench.run(
                  pipeline,
                  context.getBean(com.catalysttracker.index.DocumentIndex.class),
                  mailer,
                  alerts,
                  warmup,
                  java.time.Duration.ofSeconds(30));
          out.println(
              String.format(
                  Locale.ROOT,
                  "%d alerts, one at a time (after %d unmeasured): document indexed -> SMTP accepted"
                      + " p50 %d ms · p95 %d ms · max %d ms (%s:%d)",
                  alerts,
                  warmup,
                  result.percentile(50).toMillis(),
                  result.percentile(95).toMillis(),
                  result.percentile(100).toMillis(),
                  smtpHost,
                  smtpPort));
        }
        return 0;
      } finally {
        FileSystemUtils.deleteRecursively(temp);
      }
    }
  }
}
