package com.catalysttracker.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.catalysttracker.config.CatalystProperties;
import com.catalysttracker.document.DocumentJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one place the Elasticsearch client is built. Boot 4's own auto-configuration targets the 9.x
 * client, so it is not used; this builds the 8.19 client from {@link ElasticsearchProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ElasticsearchProperties.class, CatalystProperties.class})
class ElasticsearchConfiguration {

  private static final Logger progress = LoggerFactory.getLogger("catalyst.elasticsearch");

  @Bean(destroyMethod = "close")
  @Lazy
  @ConditionalOnProperty(
      name = "catalyst.elasticsearch.mode",
      havingValue = "embedded",
      matchIfMissing = true)
  EmbeddedElasticsearch embeddedElasticsearch(
      ElasticsearchProperties properties, CatalystProperties catalyst) {
    ElasticsearchProperties.Embedded embedded = properties.embedded();
    String version = ElasticsearchDistribution.version();
    Path javaHome =
        embedded.javaHome() != null
            ? embedded.javaHome()
            : Path.of(System.getProperty("java.home"));
    return EmbeddedElasticsearch.startOrReuse(
        new EmbeddedElasticsearch.Settings(
            catalyst.resolvedDataDir(),
            ElasticsearchDistribution.locate(embedded.distribution(), version),
            version,
            embedded.httpPort(),
            embedded.transportPort(),
            embedded.heap().toMegabytes(),
            embedded.startupTimeout(),
            embedded.runAs(),
            javaHome),
        progress::info);
  }

  @Bean(destroyMethod = "close")
  @Lazy
  ElasticsearchClient elasticsearchClient(
      ElasticsearchProperties properties, ObjectProvider<EmbeddedElasticsearch> embedded) {
    RestClient restClient =
        switch (properties.mode()) {
          case EMBEDDED ->
              RestClient.builder(HttpHost.create(embedded.getObject().httpUri().toString()))
                  .build();
          case EXTERNAL -> externalClient(properties.external());
        };
    JacksonJsonpMapper mapper = new JacksonJsonpMapper(DocumentJson.mapper());
    return new ElasticsearchClient(new RestClientTransport(restClient, mapper));
  }

  private static RestClient externalClient(ElasticsearchProperties.External external) {
    List<URI> urls = external.urls();
    if (urls.isEmpty()) {
      throw new IllegalStateException(
          "catalyst.elasticsearch.mode=external needs at least one URL in"
              + " catalyst.elasticsearch.external.urls");
    }
    RestClientBuilder builder =
        RestClient.builder(
            urls.stream().map(u -> HttpHost.create(u.toString())).toArray(HttpHost[]::new));
    @Nullable Header auth = authorization(external);
    if (auth != null) {
      builder.setDefaultHeaders(new Header[] {auth});
    }
    if (external.caCertificate() != null) {
      Path ca = external.caCertificate();
      if (!Files.isReadable(ca)) {
        throw new IllegalStateException(
            "catalyst.elasticsearch.external.ca-certificate: cannot read " + ca);
      }
      SSLContext ssl;
      try {
        ssl = TransportUtils.sslContextFromHttpCaCrt(ca.toFile());
      } catch (java.io.IOException | RuntimeException e) {
        throw new IllegalStateException(
            "catalyst.elasticsearch.external.ca-certificate: "
                + ca
                + " is not a PEM certificate: "
                + e.getMessage(),
            e);
      }
      builder.setHttpClientConfigCallback(http -> http.setSSLContext(ssl));
    }
    return builder.build();
  }

  private static @Nullable Header authorization(ElasticsearchProperties.External external) {
    if (external.apiKey() != null && !external.apiKey().isBlank()) {
      return new BasicHeader("Authorization", "ApiKey " + external.apiKey());
    }
    if (external.username() != null && !external.username().isBlank()) {
      String password = external.password() == null ? "" : external.password();
      String token =
          Base64.getEncoder()
              .encodeToString(
                  (external.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
      return new BasicHeader("Authorization", "Basic " + token);
    }
    return null;
  }
}
