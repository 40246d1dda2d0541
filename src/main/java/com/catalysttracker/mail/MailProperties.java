package com.catalysttracker.mail;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert email.
 *
 * @param smtpHost the SMTP server; empty writes every message to the outbox as a .eml file only
 * @param smtpPort its port
 * @param username login, empty for none
 * @param password password for {@code username}
 * @param starttls whether to require STARTTLS
 * @param from the sender address
 * @param subscriptions the subscriptions file (who gets which themes at which severity)
 * @param outboxDir where messages wait (outbox/) and are kept once sent (sent/); empty means {@code
 *     mail/} under the data directory
 * @param retryBackoff the wait before the first retry while the server is down (doubles each time)
 * @param retryBackoffMax the longest wait between retries
 */
@ConfigurationProperties("catalyst.mail")
public record MailProperties(
    @DefaultValue("") String smtpHost,
    @DefaultValue("25") int smtpPort,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("false") boolean starttls,
    @DefaultValue("catalyst-tracker@localhost") String from,
    @DefaultValue("subscriptions.yml") Path subscriptions,
    @Nullable Path outboxDir,
    @DefaultValue("5s") Duration retryBackoff,
    @DefaultValue("10m") Duration retryBackoffMax) {}
