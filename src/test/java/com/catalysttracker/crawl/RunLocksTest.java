package com.catalysttracker.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalysttracker.extract.Extractors;
import com.catalysttracker.fixture.FixtureServer;
import com.catalysttracker.testsupport.Sites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawl-vs-serve lock (docs/TODO.md, #4): one run per source across processes sharing a data
 * directory.
 */
class RunLocksTest {

  @TempDir Path dir;

  @Test
  void aSecondHolderInTheSameDirectoryWaitsUntilTheFirstReleases() {
    RunLocks first = RunLocks.in(dir);
    RunLocks second = RunLocks.in(dir);
    try (RunLocks.Held held = first.tryAcquire("nda").orElseThrow()) {
      assertThat(second.tryAcquire("nda")).isEmpty();
      try (RunLocks.Held other = second.tryAcquire("ccgp").orElseThrow()) {
        assertThat(other).isNotNull(); // another source is not blocked
      }
    }
    Optional<RunLocks.Held> after = second.tryAcquire("nda");
    assertThat(after).isPresent();
    after.get().close();
  }

  @Test
  void aRunInAnotherProcessKeepsTheEngineFromStartingTheSameSource() throws Exception {
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RunLocksHolder.class.getName(),
                dir.toString(),
                "nda")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (FixtureServer server = Sites.serve("nda")) {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("held");
      CrawlEngine engine =
          new CrawlEngine(
              new HostThrottle(),
              new Extractors(Fixtures.reference()),
              new InMemoryCrawlState(),
              d -> {},
              HealthListener.NONE,
              RunLocks.in(dir));

      assertThat(engine.crawl(Fixtures.source("nda"), Fixtures.options(server), CrawlListener.NONE))
          .isEmpty();
      assertThat(server.requests()).isEmpty();

      holder.getOutputStream().close(); // the holder's run ends: it releases and exits
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(engine.crawl(Fixtures.source("nda"), Fixtures.options(server), CrawlListener.NONE))
          .hasValueSatisfying(summary -> assertThat(summary.newDocuments()).isEqualTo(8));
      assertThat(server.requests()).extracting(r -> r.path()).contains("/robots.txt");
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void withoutLockFilesEveryAcquireSucceeds() {
    try (RunLocks.Held a = RunLocks.none().tryAcquire("nda").orElseThrow();
        RunLocks.Held b = RunLocks.none().tryAcquire("nda").orElseThrow()) {
      assertThat(List.of(a, b)).hasSize(2);
    }
  }
}
