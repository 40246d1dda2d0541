package com.catalysttracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code catalyst rules validate}: what an analyst runs before saving an edit. */
class RulesCommandTest {
  @TempDir Path temp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void validateSaysTheLaunchRulesCompile() {
    int exit = run("rules", "validate", "rules", "--data-dir", temp.toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains(
            "rules: 17 rules compile; themes data-elements, low-altitude, power-it, vehicle-road-cloud");
  }

  @Test
  void validatePrintsFileLineColumnAndFailsOnABrokenFile() throws IOException {
    Path rules = Files.createDirectories(temp.resolve("rules"));
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
    Path broken = rules.resolve("power-it.drl");
    Files.writeString(
        broken,
        Files.readString(broken, StandardCharsets.UTF_8).replace("count >= 2", "count >= "),
        StandardCharsets.UTF_8);

    int exit = run("rules", "validate", rules.toString(), "--data-dir", temp.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith(broken + ":12:").contains("1 problem in " + rules);
  }
}
