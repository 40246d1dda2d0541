package com.catalysttracker.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch in actuator health. Uses cluster health, not {@code info()}: the embedded
 * distribution lacks the module behind {@code GET /}. A single node can never place replicas, so
 * yellow counts as up.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {
  private final ElasticsearchClient client;

  ElasticsearchHealthIndicator(ElasticsearchClient client) {
    super("Elasticsearch health check failed");
    this.client = client;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    HealthResponse health = client.cluster().health();
    builder
        .withDetail("cluster", health.clusterName())
        .withDetail("status", health.status().jsonValue())
        .withDetail("nodes", health.numberOfNodes())
        .withDetail("activeShards", health.activeShards());
    if (health.status() == HealthStatus.Red) {
      builder.down();
    } else {
      builder.up();
    }
  }
}
