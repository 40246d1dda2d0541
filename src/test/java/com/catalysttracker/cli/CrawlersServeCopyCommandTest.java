package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.catalysttracker.testsupport.Http;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `crawlers serve-copy` plays a site copy over HTTP with the hosts mapped as `crawl --base-url`
 * expects.
 */
class CrawlersServeCopyCommandTest {

  @Test
  void servesTheCopyUnderBaseSlashHostAndSaysHowToCrawlIt() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new CatalystCommandLine());
    cli.setOut(new PrintWriter(out, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                exit.set(cli.execute("crawlers", "serve-copy", "--source", "nda", "--port", "0")));
    serving.setDaemon(true);
    serving.start();
    try {
      Pattern base = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+) ");
      await().atMost(Duration.ofSeconds(20)).until(() -> base.matcher(out.toString()).find());
      Matcher m = base.matcher(out.toString());
      assertThat(m.find()).isTrue();
      String url = m.group(1);

      var page = Http.get(url + "/www.nda.gov.cn/sjj/zwgk/zcfb/list/index_pc_1.html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<html");
      assertThat(Http.get(url + "/www.nda.gov.cn/no/such/page.html").statusCode()).isEqualTo(404);
      assertThat(out.toString()).contains("./catalyst crawl --source nda --base-url " + url);
    } finally {
      serving.interrupt();
      serving.join(Duration.ofSeconds(10).toMillis());
    }
    assertThat(serving.isAlive()).as("Ctrl-C (here: an interrupt) stops the server").isFalse();
  }

  @Test
  void anUnknownCopyIsRefusedNamingWhereItLooked() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CatalystCommandLine());
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("crawlers", "serve-copy", "--source", "no-such-site", "--port", "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("no site copy for 'no-such-site'", "sites/no-such-site", "--fixtures DIR");
  }
}
