package com.catalysttracker.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the application reaches Elasticsearch.
 *
 * @param mode {@code embedded} runs the bundled distribution as a child process; {@code external}
 *     uses an existing cluster
 * @param indexPrefix prepended to every index, template and alias name, so several installations
 *     (or test classes) can share one cluster
 * @param embedded settings of the embedded node
 * @param external settings for an existing cluster
 */
@ConfigurationProperties("catalyst.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue("embedded") Mode mode,
    @DefaultValue("") String indexPrefix,
    @DefaultValue Embedded embedded,
    @DefaultValue External external) {

  public enum Mode {
    EMBEDDED,
    EXTERNAL
  }

  /**
   * The embedded node, bound to loopback only.
   *
   * @param httpPort REST port; 9250 so it does not collide with a user's own node on 9200
   * @param transportPort node-to-node port
   * @param heap JVM heap of the node (both -Xms and -Xmx)
   * @param distribution the Elasticsearch zip; empty means look beside the application jar, then in
   *     the local Maven repository where the build put it
   * @param startupTimeout how long to wait for the node to answer before giving up
   * @param runAs the unprivileged account the node runs under when the application runs as root
   *     (Elasticsearch refuses to run as root)
   * @param javaHome JDK for the node (the zip carries none); empty means the JDK running the
   *     application
   */
  public record Embedded(
      @DefaultValue("9250") int httpPort,
      @DefaultValue("9350") int transportPort,
      @DefaultValue("512MB") DataSize heap,
      @Nullable Path distribution,
      @DefaultValue("120s") Duration startupTimeout,
      @DefaultValue("nobody") String runAs,
      @Nullable Path javaHome) {}

  /**
   * An existing cluster.
   *
   * @param urls one or more node URLs, e.g. https://es1.example:9200
   * @param apiKey encoded API key (takes precedence over username/password)
   * @param username basic-auth user
   * @param password basic-auth password
   * @param caCertificate PEM file of the CA that signed the cluster's HTTP certificate
   */
  public record External(
      @DefaultValue("http://127.0.0.1:9200") List<URI> urls,
      @Nullable String apiKey,
      @Nullable String username,
      @Nullable String password,
      @Nullable Path caCertificate) {}
}
