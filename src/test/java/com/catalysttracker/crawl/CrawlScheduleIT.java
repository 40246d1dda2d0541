package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.testsupport.Sites;
import com.catalysttracker.testsupport.TestElasticsearch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service schedules one Quartz job per source from its cron, on the JDBC job store under the
 * data directory; a scheduled run crawls (here the gov-cn-policy copy), and editing a definition's
 * cron reschedules it without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrawlScheduleIT {

  static final Path CRAWLERS;
  static final Path DATA;
  static final FixtureServer SITE = Sites.serve("gov-cn-policy");

  static {
    try {
      CRAWLERS = Files.createTempDirectory("crawlers");
      DATA = Files.createTempDirectory(TestElasticsearch.dataDir().getParent(), "schedule-it");
      Files.copy(Path.of("crawlers/_themes.yml"), CRAWLERS.resolve("_themes.yml"));
      Files.writeString(
          CRAWLERS.resolve("gov-cn-policy.yml"),
          Files.readString(Path.of("crawlers/gov-cn-policy.yml"), StandardCharsets.UTF_8)
              .replace("cron: \"0 17 * * * ?\"", "cron: \"0/2 * * * * ?\""),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestElasticsearch.global();
    registry.add("catalyst.elasticsearch.mode", () -> "embedded");
    registry.add("catalyst.elasticsearch.embedded.http-port", () -> TestElasticsearch.HTTP_PORT);
    registry.add(
        "catalyst.elasticsearch.embedded.transport-port", () -> TestElasticsearch.TRANSPORT_PORT);
    registry.add(
        "catalyst.elasticsearch.embedded.distribution",
        () -> TestElasticsearch.distribution().toString());
    registry.add(
        "catalyst.elasticsearch.index-prefix",
        () -> TestElasticsearch.prefixFor(CrawlScheduleIT.class));
    // The shared node's data dir, so the application adopts the running node; the job store goes
    // there too.
    registry.add("catalyst.data-dir", () -> TestElasticsearch.dataDir().toString());
    registry.add("catalyst.crawl.schedule", () -> "true");
    registry.add("catalyst.crawl.definitions-dir", CRAWLERS::toString);
    registry.add("catalyst.crawl.reload-interval", () -> "1s");
    registry.add("catalyst.crawl.base-url", () -> SITE.baseUrl().toString());
    registry.add("catalyst.crawl.host-delay", () -> "0s");
  }

  @AfterAll
  static void stopSite() {
    SITE.close();
  }

  @Autowired Scheduler scheduler;
  @Autowired DocumentIndex documents;
  @Autowired ElasticsearchCrawlState state;

  /**
   * The context outlives this class in Spring's test cache: with its scheduler still firing (or a
   * run under way), a later test crawling gov-cn-policy on the shared data directory would find the
   * source's run lock held.
   */
  @AfterEach
  void quiesceScheduler() throws Exception {
    scheduler.standby();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline) && !scheduler.getCurrentlyExecutingJobs().isEmpty()) {
      Thread.sleep(100);
    }
    assertThat(scheduler.getCurrentlyExecutingJobs())
        .as("scheduled runs still under way after 60 s")
        .isEmpty();
  }

  @Test
  void schedulesEachSourceRunsItAndReschedulesOnEdit() throws Exception {
    assertThat(Files.exists(TestElasticsearch.dataDir().resolve("scheduler/quartz.mv.db")))
        .isTrue();
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    assertThat(scheduler.checkExists(JobKey.jobKey("gov-cn-policy", CrawlSchedule.GROUP))).isTrue();

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)
        && state.health("gov-cn-policy").map(h -> h.lastSuccess() == null).orElse(true)) {
      Thread.sleep(500);
    }
    assertThat(state.health("gov-cn-policy"))
        .hasValueSatisfying(h -> assertThat(h.lastSuccess()).isNotNull());
    documents.refresh();
    assertThat(documents.count()).isGreaterThanOrEqualTo(11);

    Path file = CRAWLERS.resolve("gov-cn-policy.yml");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8)
            .replace("\"0/2 * * * * ?\"", "\"0 0 3 * * ?\""),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
    deadline = Instant.now().plus(Duration.ofSeconds(20));
    TriggerKey key = TriggerKey.triggerKey("gov-cn-policy", CrawlSchedule.GROUP);
    while (Instant.now().isBefore(deadline)
        && !"0 0 3 * * ?".equals(((CronTrigger) scheduler.getTrigger(key)).getCronExpression())) {
      Thread.sleep(300);
    }
    assertThat(((CronTrigger) scheduler.getTrigger(key)).getCronExpression())
        .isEqualTo("0 0 3 * * ?");
    assertThat(((CronTrigger) scheduler.getTrigger(key)).getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
  }
}
