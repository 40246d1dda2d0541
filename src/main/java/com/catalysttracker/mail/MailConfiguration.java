package com.catalysttracker.mail;

import com.catalysttracker.config.CatalystProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wires alert email from {@code catalyst.mail}; queued messages left by a previous run are sent at
 * start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
public class MailConfiguration {

  @Bean(destroyMethod = "close")
  AlertMailer alertMailer(MailProperties mail, CatalystProperties catalyst) throws IOException {
    Path dir =
        mail.outboxDir() != null ? mail.outboxDir() : catalyst.resolvedDataDir().resolve("mail");
    AlertMailer mailer = create(mail, dir);
    mailer.flushLater();
    return mailer;
  }

  /**
   * Daily digests, scheduled wherever the service's scheduler runs ({@code serve} with {@code
   * catalyst.crawl.schedule}); one-off commands have no scheduler and send none.
   */
  @Configuration(proxyBeanMethods = false)
  @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "catalyst.crawl.schedule",
      havingValue = "true",
      matchIfMissing = true)
  static class DigestScheduling {
    @Bean
    DigestSchedule digestSchedule(
        org.quartz.Scheduler scheduler,
        AlertMailer mailer,
        org.springframework.beans.factory.ObjectProvider<com.catalysttracker.alert.AlertStore>
            store,
        org.springframework.beans.factory.ObjectProvider<com.catalysttracker.index.DocumentIndex>
            documents)
        throws org.quartz.SchedulerException {
      // The store and index are fetched when a digest fires, so scheduling never waits for
      // Elasticsearch.
      DigestSchedule schedule =
          new DigestSchedule(
              scheduler, new Digests(mailer, store::getObject, documents::getObject));
      schedule.sync();
      return schedule;
    }
  }

  /**
   * A mailer from {@code mail}, its outbox in {@code dir}; the latency bench builds one pointed at
   * its own server.
   */
  public static AlertMailer create(MailProperties mail, Path dir) throws IOException {
    JavaMailSenderImpl smtp = null;
    if (!mail.smtpHost().isBlank()) {
      smtp = new JavaMailSenderImpl();
      smtp.setHost(mail.smtpHost());
      smtp.setPort(mail.smtpPort());
      if (!mail.username().isBlank()) {
        smtp.setUsername(mail.username());
        smtp.setPassword(mail.password());
      }
      Properties properties = new Properties();
      properties.put("mail.smtp.auth", String.valueOf(!mail.username().isBlank()));
      properties.put("mail.smtp.starttls.required", String.valueOf(mail.starttls()));
      properties.put("mail.smtp.connectiontimeout", "10000");
      properties.put("mail.smtp.timeout", "10000");
      smtp.setJavaMailProperties(properties);
    }
    Outbox outbox = new Outbox(dir);
    return new AlertMailer(
        Subscriptions.load(mail.subscriptions()),
        mail.from(),
        outbox,
        new MailDelivery(outbox, smtp, mail.retryBackoff(), mail.retryBackoffMax()));
  }
}
