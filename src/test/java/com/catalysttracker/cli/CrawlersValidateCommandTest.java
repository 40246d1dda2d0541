package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code catalyst crawlers validate DIR}: one line per problem, exit 1 when any definition is
 * invalid.
 */
class CrawlersValidateCommandTest {

  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void theProjectsDefinitionsAreValid() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "crawlers", "validate", "crawlers");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("ok     ccgp")
        .contains("ok     gov-cn-policy")
        .contains("ok     sgcc-ecp")
        .contains("0 invalid");
  }

  @Test
  void namesFileLineFieldAndProblemAndExitsOne() throws IOException {
    Files.copy(Path.of("crawlers/ccgp.yml"), dir.resolve("ccgp.yml"));
    Files.copy(Path.of("crawlers/_themes.yml"), dir.resolve("_themes.yml"));
    Files.writeString(
        dir.resolve("bad.yml"),
        "id: bad\nname: x\nkind: policy\nsite: {hosts: [a.gov.cn]}\nlists: []\ndetail: {title: h1}\n",
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = run(out, err, "crawlers", "validate", dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo(dir.resolve("bad.yml") + ":5:8: lists: list at least one list to walk");
    assertThat(out.toString()).contains("ok     ccgp").contains("1 valid, 1 invalid");
  }
}
