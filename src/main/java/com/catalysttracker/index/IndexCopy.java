package com.catalysttracker.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an alias from an index built with an older mapping to a new one, copying every document in
 * the application: the embedded distribution has no {@code _reindex}, and some fields (the
 * segmented {@code *_words}) are not in {@code _source} and must be derived again, which {@code
 * _reindex} could not do anyway.
 *
 * <p>The old index is write-blocked while the copy runs, so a writer in another process fails
 * loudly (and retries on its next run) instead of writing a document the copy has already passed.
 * The old index is kept, still blocked, after the swap: deleting it is the operator's call.
 */
final class IndexCopy {
  private static final Logger log = LoggerFactory.getLogger("catalyst.index");
  private static final int BATCH = 1000;
  private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

  private final ElasticsearchClient client;

  IndexCopy(ElasticsearchClient client) {
    this.client = client;
  }

  /** What a finished copy did. */
  record Copied(long documents, double seconds) {}

  /**
   * Copies {@code from} into {@code to} (created beforehand from the index template), then points
   * {@code alias} at {@code to} in one atomic step.
   *
   * @param rewrite turns an old {@code _source} into what the new index stores
   */
  Copied copyAndSwap(String alias, String from, String to, UnaryOperator<ObjectNode> rewrite)
      throws IOException {
    long started = System.nanoTime();
    long total = client.count(c -> c.index(from)).count();
    log.info(
        "Copying {} documents from {} to {} for the new mapping; the old index takes no writes until"
            + " the alias {} moves",
        total,
        from,
        to,
        alias);
    setWriteBlock(from, true);
    boolean swapped = false;
    try {
      @Nullable String refresh = refreshInterval(to);
      setRefreshInterval(to, "-1");
      long copied = copyAll(from, to, rewrite, total, started);
      setRefreshInterval(to, refresh);
      client.indices().refresh(r -> r.index(to));
      long landed = client.count(c -> c.index(to)).count();
      if (landed < copied) {
        throw new IOException(
            to
                + " holds "
                + landed
                + " documents after copying "
                + copied
                + " from "
                + from
                + "; the alias stays on "
                + from
                + ". Start again to retry the copy.");
      }
      client
          .indices()
          .updateAliases(
              u ->
                  u
                      // Another process copying at the same time may have moved it already: not an
                      // error.
                      .actions(a -> a.remove(r -> r.index(from).alias(alias).mustExist(false)))
                      .actions(a -> a.add(r -> r.index(to).alias(alias).isWriteIndex(true))));
      swapped = true;
      double seconds = (System.nanoTime() - started) / 1e9;
      log.info(
          "Alias {} now points at {} ({} documents copied in {} s). The old index {} is kept read-only;"
              + " delete it once satisfied: DELETE /{}",
          alias,
          to,
          copied,
          String.format(java.util.Locale.ROOT, "%.1f", seconds),
          from,
          from);
      return new Copied(copied, seconds);
    } finally {
      if (!swapped) {
        // The alias still serves from the old index: it must take writes again.
        setWriteBlock(from, false);
      }
    }
  }

  private long copyAll(
      String from, String to, UnaryOperator<ObjectNode> rewrite, long total, long started)
      throws IOException {
    String pit = client.openPointInTime(p -> p.index(from).keepAlive(k -> k.time("5m"))).id();
    long copied = 0;
    long lastReport = System.nanoTime();
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> cursor = after;
        SearchResponse<ObjectNode> page =
            client.search(
                s -> {
                  s.pit(p -> p.id(pit).keepAlive(k -> k.time("5m")))
                      .size(BATCH)
                      .sort(o -> o.field(f -> f.field("_shard_doc")))
                      .trackTotalHits(t -> t.enabled(false));
                  if (cursor != null) {
                    s.searchAfter(cursor);
                  }
                  return s;
                },
                ObjectNode.class);
        List<Hit<ObjectNode>> hits = page.hits().hits();
        if (hits.isEmpty()) {
          return copied;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<ObjectNode> hit : hits) {
          ObjectNode source = hit.source();
          if (source == null) {
            throw new IOException(
                from
                    + ": document "
                    + hit.id()
                    + " has no _source to copy; the alias stays on "
                    + from);
          }
          ObjectNode rewritten = rewrite.apply(source);
          bulk.operations(op -> op.index(i -> i.index(to).id(hit.id()).document(rewritten)));
        }
        BulkResponse response = client.bulk(bulk.build());
        for (BulkResponseItem item : response.items()) {
          if (item.error() != null) {
            throw new IOException(
                to
                    + " refused document "
                    + item.id()
                    + " copied from "
                    + from
                    + ": "
                    + item.error().type()
                    + ": "
                    + item.error().reason()
                    + ". The alias stays on "
                    + from
                    + "; fix the mapping and start again.");
          }
        }
        copied += hits.size();
        after = hits.get(hits.size() - 1).sort();
        if (System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
          lastReport = System.nanoTime();
          log.info(
              "  copied {} / {} documents to {} ({} s)",
              copied,
              total,
              to,
              String.format(java.util.Locale.ROOT, "%.0f", (lastReport - started) / 1e9));
        }
      }
    } finally {
      try {
        client.closePointInTime(c -> c.id(pit));
      } catch (IOException | RuntimeException e) {
        // The point in time expires by itself within its keep-alive.
        log.debug("Closing the point in time over {} failed: {}", from, e.toString());
      }
    }
  }

  private void setWriteBlock(String index, boolean blocked) throws IOException {
    client
        .indices()
        .putSettings(
            p ->
                p.index(index)
                    .withJson(
                        new StringReader(
                            "{\"index\": {\"blocks\": {\"write\": " + blocked + "}}}")));
  }

  private @Nullable String refreshInterval(String index) throws IOException {
    var state = client.indices().getSettings(g -> g.index(index)).result().get(index);
    var settings = state == null ? null : state.settings();
    var nested = settings == null ? null : settings.index();
    var interval =
        nested != null && nested.refreshInterval() != null
            ? nested.refreshInterval()
            : settings == null ? null : settings.refreshInterval();
    if (interval == null) {
      return null;
    }
    return interval.isTime() ? interval.time() : interval.offset() + "ms";
  }

  private void setRefreshInterval(String index, @Nullable String interval) throws IOException {
    String value = interval == null ? "null" : "\"" + interval + "\"";
    client
        .indices()
        .putSettings(
            p ->
                p.index(index)
                    .withJson(
                        new StringReader("{\"index\": {\"refresh_interval\": " + value + "}}")));
  }
}
