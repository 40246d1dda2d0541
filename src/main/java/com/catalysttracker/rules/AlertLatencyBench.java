package com.catalysttracker.rules;

import com.catalysttracker.alert.Alert;
import com.catalysttracker.document.DocType;
import com.catalysttracker.document.Document;
import com.catalysttracker.document.DocumentIds;
import com.catalysttracker.document.IssuerLevel;
import com.catalysttracker.document.Region;
import com.catalysttracker.index.DocumentIndex;
import com.catalysttracker.mail.AlertMailer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alert latency as the crawl sink sees it: from the moment a document is indexed to the SMTP server
 * accepting its alert's mail (alert stored with its refresh, queued in the outbox, sent by the
 * delivery thread). One document at a time, each a ¥120m 车路云 tender that alerts at once.
 */
public final class AlertLatencyBench {
  private AlertLatencyBench() {}

  /** Latencies of the measured documents, in the order they ran. */
  public record Result(List<Duration> latencies) {
    public Result {
      latencies = List.copyOf(latencies);
    }

    public Duration percentile(double p) {
      List<Duration> sorted = latencies.stream().sorted().toList();
      int rank = (int) Math.ceil(p / 100 * sorted.size());
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
  }

  /**
   * Document {@code i} of run {@code run}: its project code is unique, so no alert is a duplicate.
   */
  static Document document(String run, int i) {
    String code = "LAT-" + run + "-" + i;
    String url = "https://www.ccgp.gov.cn/cggg/dfgg/" + code + ".htm";
    String text = "项目编号：" + code + " 车路协同 智慧路口 路侧单元 预算金额：12000万元";
    return new Document(
        DocumentIds.forUrl(url),
        "ccgp",
        url,
        List.of(),
        "杭州市智慧路口建设项目公开招标公告 " + code,
        DocType.TENDER_NOTICE,
        LocalDate.now(java.time.ZoneOffset.UTC),
        "杭州市交通运输局",
        IssuerLevel.CITY,
        null,
        new Region("浙江省", "杭州市", "330100"),
        code,
        "智慧路口建设项目 " + code,
        BigDecimal.valueOf(1_2000_0000L),
        null,
        List.of(),
        null,
        List.of(),
        text,
        DocumentIds.contentHash(text),
        Instant.now(),
        List.of());
  }

  /**
   * Runs {@code warmup} + {@code count} documents through evaluate → index → deliver as the crawl
   * sink does, waiting for each one's mail to be accepted (at most {@code timeout}) before the
   * next.
   */
  public static Result run(
      AlertPipeline pipeline,
      DocumentIndex index,
      AlertMailer mailer,
      int count,
      int warmup,
      Duration timeout)
      throws IOException, InterruptedException {
    Map<String, Long> accepted = new ConcurrentHashMap<>();
    mailer.onAccepted(id -> accepted.put(id, System.nanoTime()));
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<Duration> latencies = new ArrayList<>();
    for (int i = 0; i < warmup + count; i++) {
      Document document = document(run, i);
      Evaluation evaluation = pipeline.evaluate(document);
      Document themed = document.withThemes(evaluation.themes());
      index.index(themed);
      long indexed = System.nanoTime();
      List<Alert> stored = pipeline.deliver(themed, evaluation.alerts());
      if (stored.isEmpty()) {
        throw new IllegalStateException(
            "document "
                + i
                + " raised no alert to mail: do the rules still alert a ¥120m 车路云 tender?");
      }
      long deadline = indexed + timeout.toNanos();
      while (!stored.stream().allMatch(a -> accepted.containsKey(a.id()))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the SMTP server did not accept the mail of alert "
                  + stored.get(0).id()
                  + " within "
                  + timeout
                  + ": is it running, and does it accept mail for bench@example.com?");
        }
        Thread.sleep(1);
      }
      long last = stored.stream().mapToLong(a -> accepted.get(a.id())).max().orElseThrow();
      if (i >= warmup) {
        latencies.add(Duration.ofNanos(last - indexed));
      }
    }
    return new Result(latencies);
  }
}
