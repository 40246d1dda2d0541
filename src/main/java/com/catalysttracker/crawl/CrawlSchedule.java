package com.catalysttracker.crawl;

import com.catalysttracker.source.DefinitionException;
import com.catalysttracker.source.SourceCatalog;
import com.catalysttracker.source.SourceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps Quartz's jobs in step with {@code crawlers/}: one job and cron trigger per scheduled
 * source, re-read when a definition file changes (added, edited, removed). An invalid file is
 * reported and its source keeps the schedule it had; the others are unaffected. After downtime a
 * missed fire runs once ({@code FireAndProceed}), not once per missed slot.
 */
public final class CrawlSchedule implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger("catalyst.crawl");
  static final String GROUP = "crawl";

  /** Shanghai time: the sites publish on China's working day. */
  static final TimeZone ZONE = TimeZone.getTimeZone("Asia/Shanghai");

  private final Scheduler scheduler;
  private final CrawlConfiguration.SourceDefinitions definitions;
  private final CrawlEngine engine;
  private final CrawlProperties properties;
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "crawlers-watch");
            t.setDaemon(true);
            return t;
          });
  private Map<Path, String> seenFiles = Map.of();
  private volatile boolean running;

  public CrawlSchedule(
      Scheduler scheduler,
      CrawlConfiguration.SourceDefinitions definitions,
      CrawlEngine engine,
      CrawlProperties properties) {
    this.scheduler = scheduler;
    this.definitions = definitions;
    this.engine = engine;
    this.properties = properties;
  }

  /** Called by {@link CrawlJob}. */
  void runScheduled(String sourceId) {
    SourceDefinition source = definitions.load().find(sourceId).orElse(null);
    if (source == null) {
      log.warn("scheduled crawl of {} skipped: its definition is gone or invalid", sourceId);
      return;
    }
    CrawlOptions options =
        CrawlOptions.defaults()
            .withFetch(properties.fetchConfig())
            .withBaseUrl(properties.baseUrl())
            .withHostDelay(properties.hostDelay());
    engine
        .crawl(source, options, CrawlListener.NONE)
        .ifPresentOrElse(
            s -> log.info("scheduled {}: {}", sourceId, s.line()),
            () -> log.info("scheduled {}: a run is already under way", sourceId));
  }

  /** Reads crawlers/ and makes the jobs match; returns the ids now scheduled. */
  public synchronized Set<String> sync() throws SchedulerException {
    SourceCatalog catalog = definitions.load();
    for (DefinitionException e : catalog.errors()) {
      log.error("crawler definition rejected: {}", e.getMessage());
    }
    Set<String> wanted = new HashSet<>();
    for (SourceDefinition source : catalog.sources()) {
      if (!source.scheduled()) {
        continue;
      }
      wanted.add(source.id());
      schedule(source);
    }
    for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      boolean invalidNow = catalog.errorFor(key.getName()).isPresent();
      if (!wanted.contains(key.getName()) && !invalidNow) {
        scheduler.deleteJob(key);
        log.info("unscheduled {}: its definition was removed or disabled", key.getName());
      }
    }
    seenFiles = fingerprint(catalog.dir());
    return wanted;
  }

  private void schedule(SourceDefinition source) throws SchedulerException {
    JobKey jobKey = JobKey.jobKey(source.id(), GROUP);
    TriggerKey triggerKey = TriggerKey.triggerKey(source.id(), GROUP);
    Trigger existing = scheduler.getTrigger(triggerKey);
    if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(source.cron())) {
      return; // unchanged: keep its fire times (and any misfire Quartz remembers)
    }
    JobDetail job =
        JobBuilder.newJob(CrawlJob.class)
            .withIdentity(jobKey)
            .usingJobData(CrawlJob.SOURCE, source.id())
            .withDescription(source.name())
            .storeDurably()
            .requestRecovery(false)
            .build();
    CronTrigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(triggerKey)
            .forJob(jobKey)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(source.cron())
                    .inTimeZone(ZONE)
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    if (existing == null) {
      scheduler.addJob(job, true);
      scheduler.scheduleJob(trigger);
      log.info("scheduled {} at \"{}\"", source.id(), source.cron());
    } else {
      scheduler.rescheduleJob(triggerKey, trigger);
      log.info("rescheduled {} at \"{}\"", source.id(), source.cron());
    }
  }

  /** Re-syncs when a file in crawlers/ was added, changed or removed since the last look. */
  void reloadIfChanged() {
    try {
      Path dir = properties.definitionsDir();
      if (!Objects.equals(fingerprint(dir), seenFiles)) {
        log.info("crawlers/ changed; reloading schedules");
        sync();
      }
    } catch (SchedulerException | RuntimeException e) {
      log.warn("reloading crawler schedules failed: {}", e.toString());
    }
  }

  private static Map<Path, String> fingerprint(Path dir) {
    Map<Path, String> out = new LinkedHashMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().endsWith(".yml")
            || f.getFileName().toString().endsWith(".yaml")) {
          out.put(f, Files.getLastModifiedTime(f).toMillis() + ":" + Files.size(f));
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return out;
  }

  @Override
  public void start() {
    try {
      sync();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Could not schedule the crawlers: " + e.getMessage(), e);
    }
    long every = Math.max(1, properties.reloadInterval().toMillis());
    watcher.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
    running = true;
  }

  @Override
  public void stop() {
    watcher.shutdownNow();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the Quartz scheduler has started (it starts in the default phase). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 100;
  }
}
