package com.catalysttracker.mail;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Quartz job and daily cron trigger per digest subscriber, at their {@code digest_at} in
 * Shanghai time. Jobs of recipients no longer asking for a digest are removed. A digest missed
 * while the service was down is sent once at start ({@code FireAndProceed}).
 */
public final class DigestSchedule {
  private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);
  static final String GROUP = "digest";

  private final Scheduler scheduler;
  private final Digests digests;

  public DigestSchedule(Scheduler scheduler, Digests digests) throws SchedulerException {
    this.scheduler = scheduler;
    this.digests = digests;
    scheduler.getContext().put(DigestJob.RUNNER, digests);
  }

  /** Brings the digest jobs in line with the subscriptions; returns the recipients scheduled. */
  public Set<String> sync() throws SchedulerException {
    Set<String> wanted = new HashSet<>();
    for (Subscription subscription : digests.subscriptions()) {
      LocalTime at = subscription.digestAt();
      if (at == null) {
        continue;
      }
      wanted.add(subscription.recipient());
      schedule(subscription.recipient(), cron(at));
    }
    for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      if (!wanted.contains(key.getName())) {
        scheduler.deleteJob(key);
        log.info("daily digest for {} removed (no longer in the subscriptions)", key.getName());
      }
    }
    return wanted;
  }

  static String cron(LocalTime at) {
    return "0 " + at.getMinute() + " " + at.getHour() + " * * ?";
  }

  static JobKey jobKey(String recipient) {
    return new JobKey(recipient, GROUP);
  }

  private void schedule(String recipient, String cron) throws SchedulerException {
    JobKey jobKey = jobKey(recipient);
    TriggerKey triggerKey = new TriggerKey(recipient, GROUP);
    if (scheduler.getTrigger(triggerKey) instanceof CronTrigger existing
        && existing.getCronExpression().equals(cron)) {
      return;
    }
    JobDetail job =
        JobBuilder.newJob(DigestJob.class)
            .withIdentity(jobKey)
            .usingJobData(DigestJob.RECIPIENT, recipient)
            .storeDurably()
            .build();
    CronTrigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(triggerKey)
            .forJob(jobKey)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(cron)
                    .inTimeZone(TimeZone.getTimeZone(Digests.ZONE))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    scheduler.addJob(job, true);
    if (scheduler.checkExists(triggerKey)) {
      scheduler.rescheduleJob(triggerKey, trigger);
    } else {
      scheduler.scheduleJob(trigger);
    }
    log.info("daily digest for {} at \"{}\" (Asia/Shanghai)", recipient, cron);
  }
}
