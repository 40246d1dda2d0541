package com.catalysttracker.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.alert.AlertStore;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.index.IndexConfigApplier;
import com.catalysttracker.index.IndexNames;
import com.catalysttracker.rules.Evaluation;
import com.catalysttracker.rules.RuleBase;
import com.catalysttracker.rules.RuleEngine;
import com.catalysttracker.testsupport.TestElasticsearch;
import com.catalysttracker.text.ChineseSegmenter;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The daily digest (issue #7): a Quartz job per digest subscriber mails the day's alerts below
 * their immediate threshold in one table, read from the real alerts index, through the outbox to
 * GreenMail.
 */
class DigestIT {
  static final RuleBase RULES = RuleBase.compile(Path.of("rules"));
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @TempDir Path temp;
  GreenMail smtp;
  Scheduler scheduler;
  AlertStore store;
  DocumentIndex documents;
  AlertMailer mailer;

  @BeforeEach
  void setUp() throws Exception {
    IndexNames names = new IndexNames(TestElasticsearch.prefixFor(DigestIT.class));
    TestElasticsearch.deleteIndices(names.alerts());
    TestElasticsearch.deleteIndices(names.documents());
    new IndexConfigApplier(TestElasticsearch.client(), Path.of("index-config"), names).apply();
    store = new AlertStore(TestElasticsearch.client(), names);
    documents =
        new DocumentIndex(
            TestElasticsearch.client(),
            names,
            ChineseSegmenter.fromDictionary(Path.of("index-config/dictionary.txt")));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Path subscriptions = temp.resolve("subscriptions.yml");
    Files.writeString(
        subscriptions,
        """
        subscriptions:
          - recipient: analyst@example.com
            themes: [vehicle-road-cloud]
            min_severity: high
            delivery: digest
            digest_at: 18:00
        """,
        StandardCharsets.UTF_8);
    mailer =
        MailConfiguration.create(
            new MailProperties(
                "127.0.0.1",
                port,
                "",
                "",
                false,
                "catalyst@example.com",
                subscriptions,
                null,
                Duration.ofMillis(200),
                Duration.ofSeconds(1)),
            temp.resolve("mail"));
    Properties quartz = new Properties();
    quartz.setProperty("org.quartz.scheduler.instanceName", "digest-it");
    quartz.setProperty("org.quartz.threadPool.threadCount", "1");
    quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    scheduler = new StdSchedulerFactory(quartz).getScheduler();
  }

  @AfterEach
  void tearDown() throws Exception {
    scheduler.shutdown(true);
    mailer.close();
    smtp.stop();
  }

  static Document tender(String code, String project, long budgetYuan, String text) {
    String url = "https://www.ccgp.gov.cn/cggg/dfgg/" + code + ".htm";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        project + "公开招标公告",
        DocType.TENDER_NOTICE,
        LocalDate.of(2026, 12, 6),
        "杭州市交通运输局",
        IssuerLevel.CITY,
        null,
        new Region("浙江省", "杭州市", "330100"),
        code,
        project,
        BigDecimal.valueOf(budgetYuan),
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.parse("2026-12-06T08:00:00Z"),
        List.of());
  }

  /** The crawl sink's work: evaluate at {@code at}, index the document, store its alerts. */
  List<Alert> crawled(Document document, Instant at) throws Exception {
    Evaluation evaluation = RuleEngine.evaluate(RULES, document, at);
    documents.indexAll(List.of(document.withThemes(evaluation.themes())));
    return store.record(evaluation.alerts());
  }

  @Test
  void theDigestJobMailsTheDaysAlertsBelowTheImmediateThresholdInOneTableOnce() throws Exception {
    Instant now = Instant.now();
    crawled(
        tender("DIG-LOW", "滨江区智慧路口改造项目", 500_0000L, "车路协同 智慧路口"), now.minus(Duration.ofHours(3)));
    crawled(
        tender("DIG-MED", "萧山区车路协同路侧单元项目", 2000_0000L, "车路协同 路侧单元"),
        now.minus(Duration.ofHours(2)));
    crawled(
        tender("DIG-HIGH", "杭州市车路云一体化项目", 1_5000_0000L, "车路云一体化"), now.minus(Duration.ofHours(1)));
    crawled(
        tender("DIG-POWER", "虚拟电厂平台项目", 300_0000L, "虚拟电厂 负荷聚合"), now.minus(Duration.ofHours(1)));
    crawled(
        tender("DIG-OLD", "余杭区智慧路口项目", 400_0000L, "智慧路口 车路协同"), now.minus(Duration.ofHours(30)));
    documents.refresh();

    DigestSchedule schedule = new DigestSchedule(scheduler, new Digests(mailer, store, documents));
    assertThat(schedule.sync()).containsExactly("analyst@example.com");
    CronTrigger trigger =
        (CronTrigger)
            scheduler.getTrigger(new TriggerKey("analyst@example.com", DigestSchedule.GROUP));
    ZonedDateTime next = trigger.getNextFireTime().toInstant().atZone(SHANGHAI);
    assertThat(next.getHour()).isEqualTo(18);
    assertThat(next.getMinute()).isZero();

    scheduler.start();
    scheduler.triggerJob(DigestSchedule.jobKey("analyst@example.com"));
    await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
    scheduler.triggerJob(
        DigestSchedule.jobKey("analyst@example.com")); // the same day again: queued once, sent once
    Thread.sleep(
        1000); // lets the second fire reach the outbox, which must find the day's digest already
    // sent
    mailer.flush();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("【每日摘要】" + LocalDate.now(SHANGHAI) + " 预警 2 条");
    String html = AlertMailIT.part(received[0], "text/html");
    assertThat(html)
        .contains(
            "<th>级别</th><th>主题</th><th>日期</th>",
            "滨江区智慧路口改造项目",
            "萧山区车路协同路侧单元项目",
            "href=\"https://www.ccgp.gov.cn/cggg/dfgg/DIG-MED.htm\"",
            "2000万元")
        .doesNotContain("杭州市车路云一体化项目", "虚拟电厂平台项目", "余杭区智慧路口项目");
    assertThat(html.split("<tr>")).hasSize(1 + 1 + 2); // before the table, the header, two alerts
  }
}
