package com.catalysttracker.crawl;

import com.catalysttracker.config.CatalystProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.quartz.Scheduler;
import org.quartz.utils.ConnectionProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The service's scheduler: Quartz with its JDBC job store on an H2 file database under the data
 * directory ({@code <data-dir>/scheduler/}), clustered so a second node sharing the store (later a
 * PostgreSQL) never runs a source twice at once. Only in {@code serve}; one-off commands have none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(
    name = "catalyst.crawl.schedule",
    havingValue = "true",
    matchIfMissing = true)
public class ScheduleConfiguration {

  static final String DATA_SOURCE = "crawlJobs";

  /** One pool per JVM and URL, handed to Quartz through {@link PooledProvider}. */
  static final Map<String, JdbcConnectionPool> POOLS =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Bean
  SchedulerFactoryBean crawlScheduler(CatalystProperties catalyst)
      throws IOException, SQLException {
    Path dir = catalyst.resolvedDataDir().resolve("scheduler");
    Files.createDirectories(dir);
    // No background compaction: H2 2.x's store shrinking trips an internal check at random
    // (h2database#4048, "AssertionError in shrinkStoreIfPossible"), which closes the database; a
    // job store of a few hundred rows gains nothing from compacting.
    String url =
        "jdbc:h2:file:"
            + dir.resolve("quartz").toAbsolutePath()
            + ";AUTO_SERVER=TRUE;AUTO_COMPACT_FILL_RATE=0";
    DataSource pool = POOLS.computeIfAbsent(url, u -> JdbcConnectionPool.create(u, "sa", ""));
    ensureSchemaWhenOpenable(pool);

    Properties quartz = new Properties();
    quartz.setProperty("org.quartz.scheduler.instanceName", "catalyst");
    quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    quartz.setProperty("org.quartz.threadPool.threadCount", "4");
    // A crawl waiting out a backoff must not keep the JVM alive after SIGTERM.
    quartz.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    quartz.setProperty(
        "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    quartz.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
    quartz.setProperty("org.quartz.jobStore.isClustered", "true");
    // A fire missed by more than a minute (the service was down) is a misfire: run once, then on
    // schedule.
    quartz.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    quartz.setProperty(
        "org.quartz.dataSource." + DATA_SOURCE + ".connectionProvider.class",
        PooledProvider.class.getName());
    quartz.setProperty("org.quartz.dataSource." + DATA_SOURCE + ".url", url);

    SchedulerFactoryBean factory = new SchedulerFactoryBean();
    factory.setQuartzProperties(quartz);
    factory.setWaitForJobsToCompleteOnShutdown(false);
    factory.setOverwriteExistingJobs(false);
    return factory;
  }

  /**
   * H2's AUTO_SERVER lets a second process use the file through the first one's server, but two
   * processes opening it at the same instant can both find it locked (error 90020) before either
   * has published its server. The race lasts milliseconds: retry briefly rather than fail start-up.
   */
  private static void ensureSchemaWhenOpenable(DataSource pool) throws SQLException, IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        JobStoreSchema.ensure(pool);
        return;
      } catch (SQLException e) {
        if (!isDatabaseAlreadyOpen(e) || attempt >= 20) {
          throw e;
        }
        try {
          Thread.sleep(250L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean isDatabaseAlreadyOpen(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // 90020: already open elsewhere; 8000 "Lock file recently modified": the other process is
      // between taking the lock file and publishing its server.
      if (cause instanceof SQLException sql
          && (sql.getErrorCode() == 90020
              || (sql.getErrorCode() == 8000
                  && String.valueOf(sql.getMessage())
                      .toLowerCase(java.util.Locale.ROOT)
                      .contains("lock")))) {
        return true;
      }
    }
    return false;
  }

  @Bean
  CrawlSchedule crawlSchedule(
      Scheduler scheduler,
      CrawlConfiguration.SourceDefinitions definitions,
      CrawlEngine engine,
      CrawlProperties properties)
      throws org.quartz.SchedulerException {
    CrawlSchedule schedule = new CrawlSchedule(scheduler, definitions, engine, properties);
    scheduler.getContext().put(CrawlJob.RUNNER, schedule);
    return schedule;
  }

  /**
   * Quartz's connection provider over the shared H2 pool (Quartz instantiates it by class name).
   */
  public static final class PooledProvider implements ConnectionProvider {
    private String url = "";

    public void setUrl(String url) {
      this.url = url;
    }

    @Override
    public java.sql.Connection getConnection() throws SQLException {
      return POOLS
          .computeIfAbsent(url, u -> JdbcConnectionPool.create(u, "sa", ""))
          .getConnection();
    }

    @Override
    public void shutdown() {
      JdbcConnectionPool pool = POOLS.remove(url);
      if (pool != null) {
        pool.dispose();
      }
    }

    @Override
    public void initialize() {}
  }
}
