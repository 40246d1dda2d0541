package com.catalysttracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.cli.CatalystCommandLine;
import com.catalysttracker.fixture.Answer;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Operations alerts end to end (issue #7): {@code catalyst crawl} against the nda fixture whose
 * first list answers a JS challenge, with real Elasticsearch (health, alerts) and a real SMTP
 * server.
 */
class OpsAlertsIT {
  /** The 加速乐-style challenge nda's list block-markers recognise (__jsl_clearance). */
  static final String JS_CHALLENGE =
      "<html><head><meta charset=\"utf-8\"></head><body><script>"
          + "document.cookie='__jsl_clearance_s='+(+new Date())+';max-age=3600;path=/';location.href=location.pathname"
          + "</script></body></html>";

  @TempDir Path temp;
  GreenMail smtp;
  int port;

  @BeforeEach
  void startSmtp() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Files.writeString(
        temp.resolve("subscriptions.yml"),
        """
        subscriptions:
          - recipient: ops@example.com
            themes: [ops]
          - recipient: analyst@example.com
            themes: [data-elements]
            min_severity: low
        """,
        StandardCharsets.UTF_8);
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  int crawl(FixtureServer server) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "crawl",
                "--source",
                "nda",
                "--base-url",
                server.baseUrl().toString(),
                "--delay",
                "0s",
                "--max-pages",
                "1",
                "--data-dir",
                TestElasticsearch.dataDir().toString(),
                "--set",
                "catalyst.elasticsearch.embedded.http-port=" + TestElasticsearch.HTTP_PORT,
                "--set",
                "catalyst.elasticsearch.embedded.transport-port="
                    + TestElasticsearch.TRANSPORT_PORT,
                "--set",
                "catalyst.elasticsearch.embedded.distribution=" + TestElasticsearch.distribution(),
                "--set",
                "catalyst.elasticsearch.index-prefix="
                    + TestElasticsearch.prefixFor(OpsAlertsIT.class),
                "--set",
                "catalyst.crawl.definitions-dir=crawlers",
                "--set",
                "catalyst.crawl.reference-dir=reference",
                "--set",
                "catalyst.index.config-dir=index-config",
                "--set",
                "catalyst.mail.smtp-host=127.0.0.1",
                "--set",
                "catalyst.mail.smtp-port=" + port,
                "--set",
                "catalyst.mail.subscriptions=" + temp.resolve("subscriptions.yml"),
                "--set",
                "catalyst.mail.outbox-dir=" + temp.resolve("mail")));
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  @Test
  void aBlockedSourceAlertsAndMailsOnceAndItsRecoveryOnceMore() throws Exception {
    TestElasticsearch.global();
    try (FixtureServer server = Sites.serve("nda")) {
      Answer challenge = Answer.text(200, "text/html", JS_CHALLENGE, StandardCharsets.UTF_8);
      server.answer("www.nda.gov.cn", "/sjj/zwgk/zcfb/list/index_pc_1.html", challenge);

      crawl(server);
      MimeMessage[] afterFirst = smtp.getReceivedMessages();
      crawl(server); // blocked again: the same state, nothing new to say
      MimeMessage[] afterSecond = smtp.getReceivedMessages();

      assertThat(afterFirst)
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("ops@example.com");
                assertThat(mail.getSubject()).startsWith("【运维·高】nda 被站点拦截：blocked:");
              });
      assertThat(afterSecond).hasSize(1);

      server.answer("www.nda.gov.cn", "/sjj/zwgk/zcfb/list/index_pc_1.html", Answer.fixture());
      crawl(server);

      // The recovered run indexes nda's documents, whose data-elements alerts go to the analyst.
      List<MimeMessage> toOps = opsMail();
      assertThat(toOps).hasSize(2);
      assertThat(toOps.get(1).getSubject()).startsWith("【运维·中】nda 恢复正常：此前被站点拦截");
    }
    AlertStore store =
        new AlertStore(
            TestElasticsearch.client(),
            new IndexNames(TestElasticsearch.prefixFor(OpsAlertsIT.class)));
    assertThat(store.recent(100))
        .filteredOn(a -> a.theme().equals("ops"))
        .extracting(a -> a.key())
        .containsExactly("ops|nda|recovered", "ops|nda|blocked");
    assertThat(store.latest("ops|nda|blocked").orElseThrow().message())
        .contains("政策发布", "index_pc_1.html");
  }

  List<MimeMessage> opsMail() throws Exception {
    List<MimeMessage> toOps = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      if (mail.getAllRecipients()[0].toString().equals("ops@example.com")) {
        toOps.add(mail);
      }
    }
    return toOps;
  }
}
