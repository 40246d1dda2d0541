package com.catalysttracker.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleEngine;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert email through a real SMTP server (GreenMail): arrives once, survives the server being down.
 */
class AlertMailIT {
  @TempDir Path temp;
  GreenMail smtp;
  int port;

  /** A ¥120m tender whose crawled title tries HTML and header injection. */
  static final Document TENDER =
      tender("杭州市智慧路口<script>alert(1)</script>项目\r\nBcc: victim@example.com");

  static final List<Alert> ALERTS =
      RuleEngine.evaluate(
              RuleBase.compile(Path.of("rules")), TENDER, Instant.parse("2024-07-16T09:00:00Z"))
          .alerts();

  static Document tender(String project) {
    return tender(project, "HZJT-2024-001");
  }

  static Document tender(String project, String code) {
    String url = "https://www.ccgp.gov.cn/cggg/dfgg/" + code + ".htm";
    String text = "车路协同 智慧路口 预算金额：12000万元";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        project + "公开招标公告",
        DocType.TENDER_NOTICE,
        LocalDate.of(2024, 7, 15),
        "杭州市交通运输局",
        IssuerLevel.CITY,
        null,
        new Region("浙江省", "杭州市", "330100"),
        code,
        project,
        BigDecimal.valueOf(1_2000_0000L),
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2024-07-16T08:00:00Z"),
        List.of());
  }

  @BeforeEach
  void freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  AlertMailer mailer(String host) throws IOException {
    Path subscriptions = temp.resolve("subscriptions.yml");
    Files.writeString(
        subscriptions,
        """
        subscriptions:
          - recipient: analyst@example.com
            themes: [vehicle-road-cloud]
            min_severity: medium
          - recipient: power@example.com
            themes: [power-it]
            min_severity: low
        """,
        StandardCharsets.UTF_8);
    MailProperties properties =
        new MailProperties(
            host,
            port,
            "",
            "",
            false,
            "catalyst@example.com",
            subscriptions,
            null,
            Duration.ofMillis(200),
            Duration.ofSeconds(1));
    return MailConfiguration.create(properties, temp.resolve("mail"));
  }

  @Test
  void aSubscriberReceivesTheAlertOnceWithEscapedCrawledText() throws Exception {
    smtp.start();
    try (AlertMailer mailer = mailer("127.0.0.1")) {
      mailer.send(ALERTS, List.of(TENDER));
      await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length == 1);
      mailer.send(ALERTS, List.of(TENDER)); // the same alerts again: queued once, sent once
      mailer.flush();
    }

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("analyst@example.com");
    assertThat(mail.getSubject())
        .startsWith("【车路云·高】杭州市 1.2亿元 招标公告：杭州市智慧路口<script>alert(1)</script>项目 Bcc:");
    assertThat(mail.getHeader("Bcc")).isNull();
    String html = part(mail, "text/html");
    assertThat(html)
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<th>日期</th><th>地区</th><th>项目</th>",
            "href=\"https://www.ccgp.gov.cn/cggg/dfgg/HZJT-2024-001.htm\"",
            "12000万元")
        .doesNotContain("<script>");
    assertThat(part(mail, "text/plain")).contains("地区：浙江省杭州市", "金额：12000万元", "为什么提醒：规则");
  }

  /** The decoded text of the first body part of {@code type}. */
  static String part(jakarta.mail.Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @Test
  void whileTheServerIsDownMailWaitsInTheOutboxAndGoesOutOnceAfterARestart() throws Exception {
    try (AlertMailer mailer = mailer("127.0.0.1")) {
      assertThat(mailer.send(ALERTS, List.of(TENDER))).hasSize(1);
      assertThat(mailer.flush()).isZero();
    }
    assertThat(Files.list(temp.resolve("mail/outbox")).filter(p -> p.toString().endsWith(".eml")))
        .hasSize(1);

    smtp.start();
    try (AlertMailer restarted = mailer("127.0.0.1")) {
      restarted.flush();
      restarted.flush();
    }

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(Files.list(temp.resolve("mail/outbox")).filter(p -> p.toString().endsWith(".eml")))
        .isEmpty();
    assertThat(Files.list(temp.resolve("mail/sent"))).hasSize(1);
  }

  @Test
  void twoMailersFlushingOneOutboxAtOnceSendEachMessageOnce() throws Exception {
    int queued = 0;
    RuleBase rules = RuleBase.compile(Path.of("rules"));
    try (AlertMailer offline = mailer("127.0.0.1")) {
      for (int i = 0; i < 20; i++) {
        Document tender = tender("第" + i + "号智慧路口项目", "HZJT-2024-1" + i);
        List<Alert> alerts =
            RuleEngine.evaluate(rules, tender, Instant.parse("2024-07-16T09:00:00Z")).alerts();
        queued += offline.send(alerts, List.of(tender)).size();
      }
    }
    assertThat(queued).isEqualTo(20);

    smtp.start();
    try (AlertMailer first = mailer("127.0.0.1");
        AlertMailer second = mailer("127.0.0.1")) {
      java.util.concurrent.CompletableFuture<Integer> a =
          java.util.concurrent.CompletableFuture.supplyAsync(first::flush);
      java.util.concurrent.CompletableFuture<Integer> b =
          java.util.concurrent.CompletableFuture.supplyAsync(second::flush);
      assertThat(a.get() + b.get()).isEqualTo(20);
    }

    assertThat(smtp.getReceivedMessages()).hasSize(20);
  }

  @Test
  void withoutSmtpTheMessageIsWrittenToTheOutboxAsAnEmlFile() throws Exception {
    try (AlertMailer mailer = mailer("")) {
      List<Path> files = mailer.send(ALERTS, List.of(TENDER));

      assertThat(files)
          .singleElement()
          .satisfies(
              file -> {
                assertThat(file.getParent()).isEqualTo(temp.resolve("mail/outbox"));
                assertThat(Outbox.read(file).getSubject()).startsWith("【车路云·高】");
              });
      assertThat(mailer.flush()).isZero();
    }
  }
}
