package com.catalysttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.mail.AlertMailer;
import com.catalysttracker.mail.MailConfiguration;
import com.catalysttracker.mail.MailProperties;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latency bench's measurement is real: each measured alert's mail reaches a real SMTP server
 * and a real alerts index holds it. Asserts what happened, never how fast (figures come from the
 * command).
 */
class AlertLatencyBenchIT {
  @TempDir Path temp;

  @Test
  void everyMeasuredAlertIsStoredAndAcceptedBySmtpOnce() throws Exception {
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(AlertLatencyBenchIT.class));
    new IndexConfigApplier(TestElasticsearch.client(), Path.of("index-config"), names).apply();
    AlertStore store = new AlertStore(TestElasticsearch.client(), names);
    DocumentIndex index =
        new DocumentIndex(
            TestElasticsearch.client(),
            names,
            ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Path subscriptions = temp.resolve("subscriptions.yml");
    Files.writeString(
        subscriptions,
        "subscriptions:\n  - recipient: bench@example.com\n    themes: ['*']\n",
        StandardCharsets.UTF_8);
    try (AlertMailer mailer =
        MailConfiguration.create(
            new MailProperties(
                "127.0.0.1",
                port,
                "",
                "",
                false,
                "bench@localhost",
                subscriptions,
                null,
                Duration.ofMillis(200),
                Duration.ofSeconds(1)),
            temp.resolve("mail"))) {
      AlertPipeline pipeline =
          new AlertPipeline(
              new RuleEngine(RuleBase.compile(Path.of("rules")), Clock.systemUTC()), store, mailer);

      AlertLatencyBench.Result result =
          AlertLatencyBench.run(pipeline, index, mailer, 3, 1, Duration.ofSeconds(30));

      assertThat(result.latencies())
          .hasSize(3)
          .allSatisfy(latency -> assertThat(latency).isPositive());
      assertThat(smtp.getReceivedMessages()).hasSize(4);
      assertThat(store.recent(10))
          .hasSize(4)
          .allSatisfy(a -> assertThat(a.key()).startsWith("order|vehicle-road-cloud|"));
    } finally {
      smtp.stop();
    }
  }
}
