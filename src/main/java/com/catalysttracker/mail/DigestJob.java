package com.catalysttracker.mail;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job of one recipient's daily digest: thin, it hands the recipient and the fire time to
 * {@link Digests}.
 */
@DisallowConcurrentExecution
public final class DigestJob implements Job {
  static final String RECIPIENT = "recipient";
  static final String RUNNER = "digests";

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String recipient = context.getMergedJobDataMap().getString(RECIPIENT);
    try {
      Digests digests = (Digests) context.getScheduler().getContext().get(RUNNER);
      // The scheduled time, not now: a digest run late after downtime still covers the day it was
      // due for.
      digests.send(recipient, context.getScheduledFireTime().toInstant());
    } catch (Exception e) {
      throw new JobExecutionException("daily digest for " + recipient + " failed: " + e, e, false);
    }
  }
}
