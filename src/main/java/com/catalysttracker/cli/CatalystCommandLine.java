package com.catalysttracker.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line: {@code catalyst COMMAND [OPTIONS]}. */
@Command(
    name = "catalyst",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Catalyst Tracker: crawls China policy and procurement sites, indexes what they publish and"
          + " raises sector-catalyst alerts.",
      "",
      "Settings come from application.yml, environment variables (CATALYST_DATA_DIR …) and"
          + " --set KEY=VALUE on any command; see README.md for every key."
    },
    subcommands = {
      ServeCommand.class,
      CrawlCommand.class,
      CrawlersCommand.class,
      ExtractCommand.class,
      RulesCommand.class,
      BenchWorkspaceCommand.class,
      CommandLine.HelpCommand.class
    },
    commandListHeading = "%nCommands:%n")
public final class CatalystCommandLine implements Runnable {

  /** Returned by a command that leaves the service running (the JVM must not exit). */
  public static final int KEEP_RUNNING = Integer.MIN_VALUE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No command given: say what there is rather than guessing.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Parses {@code args}, runs the command and returns its exit code. */
  public static int execute(String... args) {
    useUtf8Console();
    CommandLine commandLine = new CommandLine(new CatalystCommandLine());
    commandLine.setOut(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    commandLine.setErr(
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parsed) -> {
          cmd.getErr().println(cmd.getColorScheme().errorText("Error: " + rootMessage(exception)));
          return 1;
        });
    return commandLine.execute(args);
  }

  private static String rootMessage(Throwable exception) {
    // Spring wraps start-up failures several levels deep; the innermost message says what to fix.
    Throwable cause = exception;
    String message = exception.getMessage();
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message == null ? exception.toString() : message;
  }

  /** Java 17 prints '?' for Chinese when LANG is unset; the console must be UTF-8 regardless. */
  private static void useUtf8Console() {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }
}
