package com.catalysttracker.crawl;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job of one source: thin, it hands the source id to the {@link CrawlSchedule}. {@link
 * DisallowConcurrentExecution} keeps two runs of one source apart, across the cluster too.
 */
@DisallowConcurrentExecution
public final class CrawlJob implements Job {

  static final String SOURCE = "source";
  static final String RUNNER = "crawlRunner";

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String source = context.getMergedJobDataMap().getString(SOURCE);
    try {
      CrawlSchedule schedule = (CrawlSchedule) context.getScheduler().getContext().get(RUNNER);
      schedule.runScheduled(source);
    } catch (SchedulerException | RuntimeException e) {
      // Never rethrow for refire: a failed run is recorded in the source's health and retried at
      // the next fire.
      throw new JobExecutionException("crawl of " + source + " failed: " + e, e, false);
    }
  }
}
